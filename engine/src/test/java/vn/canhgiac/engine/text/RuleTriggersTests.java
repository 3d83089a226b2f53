package vn.canhgiac.engine.text;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuleTriggersTests {

	@Test
	void readsFirstWordsOfEveryAlternative() {
		assertThat(RuleTriggers.of("\\b(tham tu|dich vu) (theo doi)\\b|\\bprivate (investigator)\\b"))
			.containsExactlyInAnyOrder("tham tu", "dich vu", "private");
	}

	@Test
	void optionalGroupsAddTheWordsAfterThem() {
		assertThat(RuleTriggers.of("\\b(lam )?viec nhe\\b")).containsExactlyInAnyOrder("lam", "viec nhe");
	}

	@Test
	void unknownStartsMeanAlwaysRun() {
		assertThat(RuleTriggers.of("\\d+ tien|\\bchuyen\\b")).isNull();
		assertThat(RuleTriggers.of("photos?")).isNull();
	}

	@Test
	void skippingARuleNeverHidesAMatch() {
		String[] texts = { "toi la tham tu tu", "chuyen khoan truoc 17h", "nap dau tang 100%", "tai khoan bi khoa",
				"ban da trung thuong", "free entry txt win to 80086", "cai dat anydesk ngay" };
		for (String text : texts) {
			Set<String> words = new java.util.HashSet<>(java.util.Arrays.asList(text.split("[^a-z0-9]+")));
			for (Rule rule : MessageRules.ALL) {
				if (!rule.mayMatch(words, text)) {
					assertThat(rule.pattern().matcher(text).find()).as(rule.code() + " on " + text).isFalse();
				}
			}
		}
	}

}
