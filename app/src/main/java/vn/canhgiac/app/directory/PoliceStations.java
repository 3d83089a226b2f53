package vn.canhgiac.app.directory;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PoliceStations {

	private final JdbcClient jdbc;

	PoliceStations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<PoliceStation> all() {
		return this.jdbc
			.sql("""
					select s.*, coalesce(array_agg(sc.commune_id) filter (where sc.commune_id is not null), '{}') as communes
					from police_station s left join station_commune sc on sc.station_id = s.id
					group by s.id order by s.name""")
			.query((rs, i) -> {
				Long[] communes = (Long[]) rs.getArray("communes").getArray();
				return new PoliceStation(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("name"),
						rs.getString("address"), rs.getString("phone"), rs.getObject("latitude", Double.class),
						rs.getObject("longitude", Double.class), List.of(communes));
			})
			.list();
	}

	Optional<PoliceStation> servingCommune(long communeId) {
		return all().stream().filter((s) -> s.communeIds().contains(communeId)).findFirst();
	}

	long insert(long unitId, String name, String address, String phone, @Nullable Double latitude,
			@Nullable Double longitude) {
		return this.jdbc.sql("""
				insert into police_station (unit_id, name, address, phone, latitude, longitude)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(unitId, name, address, phone, latitude, longitude)
			.query(Long.class)
			.single();
	}

	void assignCommune(long stationId, long communeId) {
		this.jdbc.sql("""
				insert into station_commune (station_id, commune_id) values (?, ?)
				on conflict (commune_id) do update set station_id = excluded.station_id""")
			.params(stationId, communeId)
			.update();
	}

}
