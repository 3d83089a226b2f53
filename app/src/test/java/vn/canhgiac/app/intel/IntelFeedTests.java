package vn.canhgiac.app.intel;

import java.io.StringReader;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class IntelFeedTests {

	@Autowired
	IntelFeeds feeds;

	@Autowired
	IntelManagement intel;

	@Autowired
	JdbcClient jdbc;

	private static final String BLOCKLIST = """
			# ChongLuaDao format: one domain or link per line
			www.vay-nhanh-feedtest.xyz
			vay-nhanh-feedtest.xyz
			sites.google.com/view/vcb-hotro-feedtest
			cốccốc-feedtest.vn
			not a domain !!
			port-feedtest.cc:100
			""";

	private long indicators() {
		return this.jdbc.sql("select count(*) from intel_indicator").query(Long.class).single();
	}

	@Test
	void chongLuaDaoImportDryRunThenImportThenReimportChangesNothing() {
		long before = indicators();
		IntelFeeds.ImportResult dry = this.feeds.importFeed("chongluadao", "chongluadao-test",
				new StringReader(BLOCKLIST), true, null);
		assertThat(dry.dryRun()).isTrue();
		assertThat(dry.lines()).isEqualTo(6);
		assertThat(dry.added()).isEqualTo(4);
		assertThat(dry.unchanged()).isEqualTo(1);
		assertThat(dry.errors()).extracting(IntelFeeds.LineError::line).containsExactly(6);
		assertThat(indicators()).as("a dry run changes nothing").isEqualTo(before);

		IntelFeeds.ImportResult first = this.feeds.importFeed("chongluadao", "chongluadao-test",
				new StringReader(BLOCKLIST), false, null);
		assertThat(first.added()).isEqualTo(4);
		assertThat(indicators()).isEqualTo(before + 4);
		String snapshot = this.jdbc
			.sql("select string_agg(type || value || report_count || last_seen, ',' order by id) from intel_indicator")
			.query(String.class)
			.single();
		IntelFeeds.ImportResult again = this.feeds.importFeed("chongluadao", "chongluadao-test",
				new StringReader(BLOCKLIST), false, null);
		assertThat(again.added()).isZero();
		assertThat(again.unchanged()).isEqualTo(5);
		assertThat(this.intel.lookup("port-feedtest.cc").verdict()).isEqualTo("reported_scam");
		assertThat(this.jdbc
			.sql("select string_agg(type || value || report_count || last_seen, ',' order by id) from intel_indicator")
			.query(String.class)
			.single()).as("re-import changes nothing").isEqualTo(snapshot);

		assertThat(this.intel.lookup("https://vay-nhanh-feedtest.xyz/login").verdict()).isEqualTo("reported_scam");
		assertThat(this.intel.lookup("xn--cccc-feedtest-t1bb.vn").verdict()).isIn("reported_scam", "unknown");
		assertThat(this.intel.lookup("cốccốc-feedtest.vn").verdict()).isEqualTo("reported_scam");
		// A path on a legitimate host is listed; the host is not.
		assertThat(this.intel.lookup("sites.google.com/view/vcb-hotro-feedtest").verdict()).isEqualTo("reported_scam");
		assertThat(this.intel.lookup("sites.google.com").verdict()).isEqualTo("unknown");
	}

	@Test
	void csvImportReportsErrorsPerLine() {
		String csv = """
				type,value,note
				phone,0913 222 333,hotline giả
				bank_account,12-34,too short
				wallet,abc,unknown type
				crypto_wallet,0x52908400098527886E0F7030069857D2E4169EE7,USDT
				email
				""";
		IntelFeeds.ImportResult result = this.feeds.importFeed("csv", "csv-test", new StringReader(csv), false, null);
		assertThat(result.added()).isEqualTo(2);
		assertThat(result.errors()).extracting(IntelFeeds.LineError::line).containsExactly(3, 4, 6);
		assertThat(result.errors()).allSatisfy((error) -> assertThat(error.messageEn()).doesNotContain("12-34"));
		assertThat(this.intel.reportCount("phone", "+84913222333")).isEqualTo(1);
	}

	@Test
	void stixExportOfConfirmedIndicatorsValidatesAgainstTheStixSchemas() throws Exception {
		String csv = """
				phone,0913 444 555
				domain,lua-dao-stix.xyz
				url,https://lua-dao-stix.xyz/dang-nhap
				telegram,@stix_test
				email,scam-stix@example.com
				bank_account,0123456789012
				crypto_wallet,0x52908400098527886E0F7030069857D2E4169EE7
				""";
		IntelFeeds.ImportResult imported = this.feeds.importFeed("csv", "stix-test", new StringReader(csv), false,
				null);
		assertThat(imported.errors()).isEmpty();
		this.jdbc
			.sql("update intel_indicator set status = 'confirmed' where id in "
					+ "(select indicator_id from intel_sighting where source = 'FEED' and source_id = ?)")
			.param(IntelFeeds.feedSourceId("stix-test"))
			.update();
		JsonMapper json = JsonMapper.builder().build();
		JsonNode bundle = json.readTree(this.feeds.exportStix());
		assertThat(bundle.path("type").asString()).isEqualTo("bundle");
		assertThat(bundle.path("id").asString()).matches("bundle--[0-9a-f-]{36}");
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
				(builder) -> builder.schemaIdResolvers((ids) -> ids.mapPrefix(
						"http://raw.githubusercontent.com/dronnix/cti-stix2-json-schemas/master/schemas/",
						"classpath:stix21/")));
		Schema indicator = registry.getSchema(SchemaLocation.of("classpath:stix21/sdos/indicator.json"));
		Schema identity = registry.getSchema(SchemaLocation.of("classpath:stix21/sdos/identity.json"));
		int indicators = 0;
		for (JsonNode object : bundle.path("objects")) {
			Schema schema = object.path("type").asString().equals("indicator") ? indicator : identity;
			List<Error> errors = schema.validate(object);
			assertThat(errors).as(object.toString()).isEmpty();
			indicators += object.path("type").asString().equals("indicator") ? 1 : 0;
		}
		assertThat(indicators).isGreaterThanOrEqualTo(7);
		assertThat(bundle.toString()).contains("[url:value = 'https://lua-dao-stix.xyz/dang-nhap']");
		assertThat(IntelFeeds.pattern(new IndicatorRow(1, "url", "https://x.xyz/it's\\", java.time.Instant.now(),
				java.time.Instant.now(), 1, 0, "confirmed", "amber", false, null, null, null, null, null)))
			.contains("[url:value = 'https://x.xyz/it\\'s\\\\']");
		// The validator does reject a broken object.
		ObjectNode broken = (ObjectNode) bundle.path("objects").get(1).deepCopy();
		broken.remove("pattern");
		broken.put("created", "yesterday");
		assertThat(indicator.validate(broken)).isNotEmpty();
		String csvOut = this.feeds.exportCsv();
		assertThat(csvOut).startsWith("type,value,first_seen,last_seen,reports,tlp")
			.contains("domain,lua-dao-stix.xyz");
	}

}
