package vn.canhgiac.app.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.canhgiac.app.platform.CanhGiacProperties;
import vn.canhgiac.app.statistics.StatisticsSeeder;

/**
 * A year of fictional, already-closed reports for demo mode, so the leaders' charts show
 * a trend: figures only (no texts, no files, no people), older than five weeks, so the
 * police inboxes keep only the example reports of {@link DemoReports}.
 */
@Component
@Order(2)
class DemoHistory implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

	private final CanhGiacProperties properties;

	private final StatisticsSeeder seeder;

	private final JdbcClient jdbc;

	private final int reports;

	DemoHistory(CanhGiacProperties properties, StatisticsSeeder seeder, JdbcClient jdbc,
			@Value("${canhgiac.demo.history-reports:360}") int reports) {
		this.properties = properties;
		this.seeder = seeder;
		this.jdbc = jdbc;
		this.reports = reports;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.reports <= 0 || !this.properties.isDemo()
				|| this.jdbc.sql("select exists (select 1 from report where tracking_code like 'SEED-%')")
					.query(Boolean.class)
					.single()) {
			return;
		}
		this.seeder.seedReports(this.reports, 35, false);
		log.info("Demo history loaded: {} closed reports over the last year", this.reports);
	}

}
