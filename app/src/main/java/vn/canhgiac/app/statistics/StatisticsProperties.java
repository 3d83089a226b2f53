package vn.canhgiac.app.statistics;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code canhgiac.statistics.*}.
 *
 * @param smallCount counts below this (and above zero) are not shown by area
 * @param campaignMinSize smallest campaign shown to leaders
 * @param authority the governing body on the monthly report's header (e.g. "UBND TỈNH HÒA
 * VINH"); the root unit's name when not set
 * @param office the issuing office under it (e.g. "CÔNG AN TỈNH"); none when not set
 * @param place the place before the date ("Hòa Vinh, ngày …")
 * @param symbol the document symbol after the number ("BC-CAT")
 * @param signer the signing title printed at the bottom
 * @param recipients the "Nơi nhận" list
 * @param monthlyCron when the job looks for a missing monthly report (Vietnam time)
 */
@ConfigurationProperties("canhgiac.statistics")
public record StatisticsProperties(@DefaultValue("3") int smallCount, @DefaultValue("3") int campaignMinSize,
		@Nullable String authority, @Nullable String office, @DefaultValue("Hòa Vinh") String place,
		@DefaultValue("BC-CG") String symbol, @DefaultValue("NGƯỜI LẬP BÁO CÁO") String signer, @DefaultValue( {
				"Lãnh đạo UBND", "Công an tỉnh", "Lưu: VT" }) List<String> recipients,
		@DefaultValue("0 0 7 * * *") String monthlyCron){

}
