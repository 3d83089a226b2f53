package vn.canhgiac.engine.indicators;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The curated list of Vietnamese banks ({@code vietnamese-banks.tsv}): which bank a
 * written name refers to, so that an account number can be tied to its bank.
 */
final class BankDirectory {

	record Bank(String shortName, String bin, List<String> aliases, List<String> domains) {
	}

	record Mention(Bank bank, int start, int end) {
	}

	static final BankDirectory INSTANCE = load();

	private final List<Bank> banks;

	private final Map<String, Bank> byAlias;

	private final Pattern mentions;

	private BankDirectory(List<Bank> banks) {
		this.banks = List.copyOf(banks);
		this.byAlias = new HashMap<>();
		for (Bank bank : banks) {
			for (String alias : bank.aliases()) {
				this.byAlias.putIfAbsent(alias.replace("~", ""), bank);
			}
		}
		String alternatives = banks.stream()
			.flatMap((bank) -> bank.aliases().stream())
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(BankDirectory::aliasPattern)
			.collect(Collectors.joining("|"));
		this.mentions = Pattern.compile("(?<![\\p{L}\\d])(?:" + alternatives + ")(?![\\p{L}\\d])");
	}

	/**
	 * Short names may be written with or without their spaces ("mb bank", "mbbank");
	 * descriptive names ("quan doi") only count right after "ngan hang" or "NH".
	 */
	private static String aliasPattern(String alias) {
		boolean descriptive = alias.startsWith("~");
		String words = Pattern.quote(alias.replace("~", "")).replace(" ", "\\E\\s*\\Q");
		return descriptive ? "(?:ngan hang|nh)\\s+" + words : words;
	}

	List<Bank> banks() {
		return this.banks;
	}

	/** Bank mentions in a text already passed through {@link PlainLetters}. */
	List<Mention> mentions(String plain) {
		List<Mention> found = new ArrayList<>();
		Matcher matcher = this.mentions.matcher(plain);
		while (matcher.find()) {
			Bank bank = resolve(matcher.group().replaceFirst("^(?:ngan hang|nh)\\s+", ""));
			if (bank != null) {
				found.add(new Mention(bank, matcher.start(), matcher.end()));
			}
		}
		return found;
	}

	private @Nullable Bank resolve(String written) {
		Bank bank = this.byAlias.get(written.replaceAll("\\s+", " "));
		if (bank != null) {
			return bank;
		}
		String squeezed = written.replaceAll("\\s+", "");
		for (Map.Entry<String, Bank> entry : this.byAlias.entrySet()) {
			if (entry.getKey().replace(" ", "").equals(squeezed)) {
				return entry.getValue();
			}
		}
		return null;
	}

	private static BankDirectory load() {
		try (InputStream in = BankDirectory.class.getResourceAsStream("vietnamese-banks.tsv")) {
			if (in == null) {
				throw new IllegalStateException("vietnamese-banks.tsv missing from the engine jar");
			}
			List<Bank> banks = new ArrayList<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t");
				banks.add(new Bank(columns[0], columns[1], List.of(columns[2].split(",")),
						List.of(columns[3].split(","))));
			}
			return new BankDirectory(banks);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
