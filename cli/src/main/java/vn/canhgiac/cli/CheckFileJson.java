package vn.canhgiac.cli;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import vn.canhgiac.cli.CheckReportJson.IndicatorJson;
import vn.canhgiac.cli.CheckReportJson.SignalJson;
import vn.canhgiac.engine.Advice;
import vn.canhgiac.engine.files.FileReport;
import vn.canhgiac.engine.files.MailSummary;
import vn.canhgiac.engine.qr.QrCode;

/**
 * The file report of DESIGN.md §2 as written on stdout: the fields shared with message
 * and link reports first, then what is particular to files; archive entries and
 * attachments nest as reports of the same shape. Indicator types use their wire names.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CheckFileJson(@Nullable String id, String verdict, double score, String category, List<SignalJson> signals,
		List<IndicatorJson> indicators, List<Advice> advice, String fileName, String detectedType,
		String declaredExtension, String sha256, long sizeBytes, @Nullable String text, List<QrJson> qrCodes,
		@Nullable MailSummary mail, List<String> handOffs, List<String> notes, List<CheckFileJson> entries,
		String engineVersion) {

	static CheckFileJson of(FileReport r) {
		return new CheckFileJson(r.id(), r.verdict(), r.score(), r.category(),
				r.signals().stream().map(SignalJson::of).toList(),
				r.indicators().stream().map(IndicatorJson::of).toList(), r.advice(), r.fileName(), r.detectedType(),
				r.declaredExtension(), r.sha256(), r.sizeBytes(), r.text(),
				r.qrCodes().stream().map(QrJson::of).toList(), r.mail(), r.handOffs(), r.notes(),
				r.entries().stream().map(CheckFileJson::of).toList(), r.engineVersion());
	}

	/** The summary shared with the message and link commands. */
	CheckReportJson summary() {
		return new CheckReportJson(this.id, this.verdict, this.score, this.category, this.signals, this.indicators,
				this.advice, null);
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record QrJson(String payload, String kind, QrCode.@Nullable Region region, List<IndicatorJson> indicators) {

		static QrJson of(QrCode code) {
			return new QrJson(code.payload(), code.kind(), code.region(),
					code.indicators().stream().map(IndicatorJson::of).toList());
		}

	}

}
