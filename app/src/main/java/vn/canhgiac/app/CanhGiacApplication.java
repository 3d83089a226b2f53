package vn.canhgiac.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Cảnh Giác portal. Each direct sub-package is a Spring Modulith application module
 * (see docs/architecture.md).
 */
@SpringBootApplication
public class CanhGiacApplication {

	public static void main(String[] args) {
		SpringApplication.run(CanhGiacApplication.class, args);
	}

}
