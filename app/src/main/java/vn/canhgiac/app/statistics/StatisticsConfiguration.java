package vn.canhgiac.app.statistics;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StatisticsProperties.class)
class StatisticsConfiguration {

	/**
	 * Runs a dashboard's independent scans side by side; small, so dashboards never take
	 * more than a few database connections.
	 */
	@Bean(destroyMethod = "shutdown")
	ExecutorService statisticsExecutor() {
		AtomicInteger count = new AtomicInteger();
		return Executors.newFixedThreadPool(4, (task) -> {
			Thread thread = new Thread(task, "statistics-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

}
