package vn.canhgiac.app.demo;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "canhgiac.demo.sample-reports=true")
class DemoReportsTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void demoModeSeedsCasesOverStationsAndStatusesThatShareAGangsContacts() {
		assertThat(this.jdbc.sql("select count(*) from report").query(Long.class).single()).isEqualTo(7);
		assertThat(this.jdbc.sql("select distinct status from police_case").query(String.class).list()).contains("NEW",
				"TRIAGED", "INVESTIGATING", "REFERRED", "CLOSED");
		assertThat(this.jdbc.sql("select count(distinct coalesce(station_id, 0)) from police_case")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(4);
		assertThat(this.jdbc.sql("select count(*) from police_case where merged_into is not null")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc
			.sql("select count(distinct case_id) from case_indicator where type = 'telegram' and value = ?")
			.param(DemoReports.GANG_TELEGRAM)
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(3);
		assertThat(this.jdbc.sql("select count(*) from evidence_object").query(Long.class).single()).isGreaterThan(5);
	}

}
