package vn.canhgiac.app.intel;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import vn.canhgiac.app.directory.AuthenticatedPerson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public lookup answers exactly the five fields, for every status, and its rate limit
 * holds when a client rotates {@code X-Forwarded-For}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IntelLookupTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IntelManagement intel;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	private final Random random = new Random();

	private String phone() {
		return "091" + (1_000_000 + this.random.nextInt(8_999_999));
	}

	private static String e164(String phone) {
		return "+84" + phone.substring(1);
	}

	private void report(String type, String value) {
		UUID report = UUID.randomUUID();
		UUID caseId = UUID.randomUUID();
		this.events.publishEvent(new IndicatorsObserved(IndicatorsObserved.Source.REPORT, report, caseId,
				List.of(new ObservedIndicator(type, value)), Instant.now()));
	}

	private MockHttpServletResponse lookup(String value) throws Exception {
		String client = "192.0.2." + (1 + this.random.nextInt(250));
		return this.mvc.perform(get("/api/lookup").param("value", value).with((request) -> {
			request.setRemoteAddr(client);
			return request;
		})).andReturn().getResponse();
	}

	private static String json(String value, String type, String verdict, String reports, String lastSeen) {
		return "{\"value\":\"" + value + "\",\"type\":\"" + type + "\",\"verdict\":\"" + verdict + "\",\"reports\":\""
				+ reports + "\",\"lastSeen\":" + ((lastSeen == null) ? "null" : "\"" + lastSeen + "\"") + "}";
	}

	private static String thisMonth() {
		return YearMonth.now(ZoneOffset.UTC).toString();
	}

	@Test
	void unknownValue() throws Exception {
		String phone = phone();
		MockHttpServletResponse response = lookup(phone);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).isEqualTo(json(e164(phone), "phone", "unknown", "0", null));
	}

	@Test
	void reportedValueInAnyWriting() throws Exception {
		String phone = phone();
		report("phone", phone);
		report("phone", e164(phone));
		report("phone", phone);
		assertThat(lookup(phone.substring(0, 4) + " " + phone.substring(4)).getContentAsString())
			.isEqualTo(json(e164(phone), "phone", "reported_scam", "3-9", thisMonth()));
	}

	@Test
	void confirmedValue() throws Exception {
		String wallet = "0x52908400098527886E0F7030069857D2E4169EE7";
		report("crypto_wallet", wallet);
		IndicatorRow row = this.intel.search(wallet, null, "crypto_wallet", 1).get(0);
		if (!row.status().equals("confirmed")) {
			this.intel.proposeConfirmation(row.id(), officer(901, "POLICE_OFFICER"), "Ví trong thư tống tiền");
			this.intel.confirm(row.id(), officer(902, "POLICE_ADMIN"), "Đã đối chiếu");
		}
		String body = lookup(wallet).getContentAsString();
		assertThat(body)
			.startsWith("{\"value\":\"" + wallet + "\",\"type\":\"crypto_wallet\",\"verdict\":\"confirmed_scam\"")
			.endsWith("\"lastSeen\":\"" + thisMonth() + "\"}");
	}

	@Test
	void falsePositiveAnswersUnknownAndNothingElse() throws Exception {
		String phone = phone();
		report("phone", phone);
		IndicatorRow row = this.intel.search(phone, null, "phone", 1).get(0);
		this.intel.reject(row.id(), officer(903, "POLICE_OFFICER"), "Số của cơ quan");
		assertThat(lookup(phone).getContentAsString()).isEqualTo(json(e164(phone), "phone", "unknown", "0", null));
	}

	@Test
	void allowlistedAnswersUnknownAndNothingElse() throws Exception {
		report("phone", "1900545413");
		assertThat(lookup("1900 545 413").getContentAsString())
			.isEqualTo(json("+841900545413", "phone", "unknown", "0", null));
	}

	@Test
	void valuesOnlyCheckedAreNotScams() throws Exception {
		String phone = phone();
		this.events.publishEvent(new IndicatorsObserved(IndicatorsObserved.Source.CHECK, UUID.randomUUID(), null,
				List.of(new ObservedIndicator("phone", phone)), Instant.now()));
		assertThat(lookup(phone).getContentAsString()).isEqualTo(json(e164(phone), "phone", "unknown", "0", null));
	}

	@Test
	void aLinkIsAlsoLookedUpByItsHost() throws Exception {
		String host = "vay-" + Integer.toHexString(this.random.nextInt()) + ".xyz";
		report("domain", "www." + host);
		assertThat(lookup("hxxps://" + host.replace(".", "[.]") + "/dang-nhap").getContentAsString())
			.contains("\"verdict\":\"reported_scam\"")
			.contains("\"type\":\"url\"");
	}

	@Test
	void nonsenseIsABadRequestWithTheSameFields() throws Exception {
		MockHttpServletResponse response = lookup("xin chào");
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString())
			.isEqualTo("{\"value\":null,\"type\":null,\"verdict\":\"unknown\",\"reports\":\"0\",\"lastSeen\":null}");
	}

	@Test
	void theApiServedAheadOfTheFilterChainCarriesTheSameHeadersAndTakesOnlyGet() throws Exception {
		MockHttpServletResponse api = lookup("0912345678");
		MockHttpServletResponse page = this.mvc.perform(get("/public/lookup")).andReturn().getResponse();
		for (String header : List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
				"Referrer-Policy", "Cache-Control")) {
			assertThat(api.getHeader(header)).as(header).isNotNull().isEqualTo(page.getHeader(header));
		}
		assertThat(api.getContentType()).startsWith("application/json");
		assertThat(this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/lookup")
				.param("value", "0912345678"))
			.andReturn()
			.getResponse()
			.getStatus()).isIn(403, 405);
	}

	@Test
	void rateLimitHoldsUnderRotatingForwardedFor() throws Exception {
		int refused = 0;
		String retryAfter = null;
		for (int i = 0; i < 40; i++) {
			MockHttpServletResponse response = this.mvc.perform(get("/api/lookup").param("value", "0912345678")
				.header("X-Forwarded-For", "198.51.100." + i)
				.with((request) -> {
					request.setRemoteAddr("203.0.113.77");
					return request;
				})).andReturn().getResponse();
			if (response.getStatus() == 429) {
				refused++;
				retryAfter = response.getHeader("Retry-After");
			}
		}
		assertThat(refused).as("requests past the burst of 20").isGreaterThanOrEqualTo(19);
		assertThat(retryAfter).isNotNull();
		assertThat(Integer.parseInt(retryAfter)).isPositive();
		// Another client is not affected.
		assertThat(lookup("0912345678").getStatus()).isEqualTo(200);
	}

	@Test
	void publicPageWorksWithoutLogin() throws Exception {
		String phone = phone();
		report("phone", phone);
		String page = this.mvc.perform(get("/public/lookup").param("value", phone).with((request) -> {
			request.setRemoteAddr("192.0.2.251");
			return request;
		})).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Đã bị báo cáo lừa đảo").contains("Không chuyển tiền").contains(e164(phone));
		String empty = this.mvc.perform(get("/public/lookup")).andReturn().getResponse().getContentAsString();
		assertThat(empty).contains("Tra cứu").doesNotContain("lookup-result");
	}

	static AuthenticatedPerson officer(long id, String role) {
		return new AuthenticatedPerson() {

			@Override
			public long accountId() {
				return id;
			}

			@Override
			public String username() {
				return "officer" + id;
			}

			@Override
			public String displayName() {
				return "Officer " + id;
			}

			@Override
			public Long personId() {
				return null;
			}

			@Override
			public Long unitId() {
				return null;
			}

			@Override
			public Set<String> roleNames() {
				return Set.of(role);
			}
		};
	}

}
