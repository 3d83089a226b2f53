package vn.canhgiac.app.platform.database;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.canhgiac.app.platform.CanhGiacProperties;

/**
 * Starts the embedded PostgreSQL when no external database is configured through
 * {@code SPRING_DATASOURCE_URL}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(CanhGiacProperties properties,
			@Value("${canhgiac.database.binaries-cache:${java.io.tmpdir}/canhgiac}") Path binariesCache) {
		return EmbeddedPostgres.start(properties.home(), binariesCache);
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.jdbcUrl());
		dataSource.setUsername(postgres.username());
		dataSource.setPassword(postgres.password());
		dataSource.setMaximumPoolSize(10);
		dataSource.setPoolName("canhgiac-embedded");
		return dataSource;
	}

}
