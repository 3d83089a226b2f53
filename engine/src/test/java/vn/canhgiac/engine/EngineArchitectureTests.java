package vn.canhgiac.engine;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class EngineArchitectureTests {

	private final JavaClasses engine = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.canhgiac.engine");

	@Test
	void engineDependsOnNoSpring() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework..")
			.because("the engine is a plain library used by the CLI and the portal alike")
			.check(this.engine);
	}

	@Test
	void engineDoesNotReachTheNetwork() {
		noClasses().should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("java.net.URL")
			.orShould()
			.dependOnClassesThat()
			.resideInAPackage("java.net.http..")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("java.net.Socket")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("java.net.URLConnection")
			.because("reported links are analysed as text and never fetched (no SSRF)")
			.check(this.engine);
	}

}
