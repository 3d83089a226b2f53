package vn.canhgiac.app.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A police station, the unit its officers belong to, and the communes it serves.
 */
public record PoliceStation(long id, long unitId, String name, String address, String phone, @Nullable Double latitude,
		@Nullable Double longitude, List<Long> communeIds) {

}
