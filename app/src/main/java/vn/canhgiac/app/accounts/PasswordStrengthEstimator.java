package vn.canhgiac.app.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.resources.Feedback;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * How hard a password is to guess: nbvcxz (a zxcvbn descendant) with our Vietnamese
 * dictionaries added, run on the password as typed and with its diacritics folded away
 * ({@code Anhyêuem} is {@code anhyeuem} to a cracker), keeping the weaker of the two.
 * Plain Java, no Spring, so that the benchmark can load it as is.
 * <p>
 * Input is cut at {@link #MAX_ESTIMATED_CODE_POINTS} (the longest password we accept)
 * before estimating: crafted l33t inputs make this family of estimators blow up (nbvcxz
 * issue 60; measured here at about 1 s for 128 and 1–4 s for 256 crafted characters on
 * one core), and the combination step gets a 100 ms budget instead of nbvcxz's 500 ms.
 */
public final class PasswordStrengthEstimator {

	public static final int MAX_ESTIMATED_CODE_POINTS = 128;

	/** A Vietnamese mobile number (0 or 84, then 3/5/7/8/9 and eight digits). */
	private static final Pattern PHONE = Pattern.compile("(?:\\+?84|0)[35789]\\d{8}");

	private static final String[][] DICTIONARIES = { { "vi-phrases", "vi_phrases" },
			{ "vi-family-names", "vi_family_names" }, { "vi-given-names", "vi_given_names" },
			{ "vi-places", "vi_places" }, { "common-10k", "passwords" } };

	private final List<Dictionary> dictionaries;

	public PasswordStrengthEstimator() {
		List<Dictionary> all = new ArrayList<>();
		for (String[] dictionary : DICTIONARIES) {
			DictionaryBuilder builder = new DictionaryBuilder().setDictionaryName(dictionary[1]);
			int rank = 1;
			for (String word : words(dictionary[0])) {
				builder.addWord(word, rank++);
			}
			all.add(builder.createDictionary());
		}
		for (Dictionary dictionary : ConfigurationBuilder.getDefaultDictionaries()) {
			if (!dictionary.getDictionaryName().equals("passwords")) {
				all.add(dictionary);
			}
		}
		this.dictionaries = List.copyOf(all);
	}

	/**
	 * The lines of one of the shipped word lists, lower case, without comments.
	 */
	static List<String> words(String list) {
		String resource = "/accounts/passwords/" + list + ".txt";
		try (InputStream in = PasswordStrengthEstimator.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing word list " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<String> words = new ArrayList<>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word.toLowerCase(Locale.ROOT));
				}
			}
			return words;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Estimates the strength of a password.
	 * @param password as typed (normalised to NFC here)
	 * @param personalWords words an attacker knows about this person (login name, name,
	 * unit): matching them counts as guessed
	 */
	public StrengthEstimate estimate(String password, Collection<String> personalWords) {
		String capped = cap(Normalizer.normalize(password, Normalizer.Form.NFC));
		if (capped.isEmpty()) {
			return new StrengthEstimate(0, 0, false, "strength.empty", List.of());
		}
		Nbvcxz nbvcxz = new Nbvcxz(configuration(personalWords));
		Result result = nbvcxz.estimate(capped);
		String folded = fold(capped);
		if (!folded.equals(capped)) {
			Result foldedResult = nbvcxz.estimate(folded);
			if (foldedResult.getEntropy() < result.getEntropy()) {
				result = foldedResult;
			}
		}
		Feedback feedback = result.getFeedback();
		int score = result.getBasicScore();
		String warning = (feedback.getWarningKey() != null) ? "strength." + feedback.getWarningKey() : null;
		if (warning != null && warning.startsWith("strength.feedback.dictionary.warning")) {
			warning = vietnameseDictionaryWarning(result).orElse(warning);
		}
		String digits = folded.replaceAll("[^0-9+]", "");
		if (PHONE.matcher(digits).find() && folded.length() - digits.length() < 6) {
			score = Math.min(score, 1);
			warning = "strength.vi.phone";
		}
		if (mostlyPersonal(folded, personalWords)) {
			score = Math.min(score, 1);
			warning = "strength.vi.personal";
		}
		List<String> suggestions = feedback.getSuggestionKeys().stream().map((key) -> "strength." + key).toList();
		return new StrengthEstimate(score, result.getEntropy(), password.length() > capped.length(), warning,
				suggestions);
	}

	/**
	 * nbvcxz calls every dictionary word a "common password"; say instead that it is a
	 * Vietnamese phrase, a name or a place, which is what the user needs to hear.
	 */
	private static Optional<String> vietnameseDictionaryWarning(Result result) {
		return result.getMatches()
			.stream()
			.filter(DictionaryMatch.class::isInstance)
			.map(DictionaryMatch.class::cast)
			.max(Comparator.comparingInt(DictionaryMatch::getLength))
			.map((match) -> switch (match.getDictionaryName()) {
				case "vi_phrases" -> "strength.vi.phrase";
				case "vi_family_names", "vi_given_names", "male_names", "female_names", "surnames" ->
					"strength.vi.name";
				case "vi_places" -> "strength.vi.place";
				case "personal" -> "strength.vi.personal";
				default -> null;
			});
	}

	/**
	 * Whether little is left once the person's own words are taken out: nbvcxz scores
	 * {@code pw.change.2026} for the user {@code pw.change} as strong because of the
	 * separators, but an attacker who knows the name tries exactly that.
	 */
	private static boolean mostlyPersonal(String folded, Collection<String> personalWords) {
		String compact = compact(folded);
		String rest = compact;
		List<String> parts = new ArrayList<>();
		for (String word : personalWords) {
			parts.add(compact(word));
			parts.addAll(List.of(fold(word).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
		}
		parts.sort(Comparator.comparingInt(String::length).reversed());
		for (String part : parts) {
			if (part.length() >= 3) {
				rest = rest.replace(part, "");
			}
		}
		return rest.length() < compact.length() && rest.length() < 8;
	}

	private static String compact(String text) {
		return fold(text).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
	}

	private Configuration configuration(Collection<String> personalWords) {
		List<Dictionary> withPersonal = new ArrayList<>(this.dictionaries);
		List<String> personal = new ArrayList<>();
		for (String word : personalWords) {
			for (String part : fold(word).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
				if (part.length() >= 3) {
					personal.add(part);
				}
			}
			String joined = fold(word).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
			if (joined.length() >= 3) {
				personal.add(joined);
			}
		}
		if (!personal.isEmpty()) {
			withPersonal.add(new DictionaryBuilder().setDictionaryName("personal")
				.setExclusion(true)
				.addWords(personal, 0)
				.createDictionary());
		}
		return new ConfigurationBuilder().setDictionaries(withPersonal)
			.setMaxLength(MAX_ESTIMATED_CODE_POINTS)
			.setCombinationAlgorithmTimeout(100L)
			.setLocale(Locale.ENGLISH)
			.createConfiguration();
	}

	static String cap(String password) {
		if (password.codePointCount(0, password.length()) <= MAX_ESTIMATED_CODE_POINTS) {
			return password;
		}
		return password.substring(0, password.offsetByCodePoints(0, MAX_ESTIMATED_CODE_POINTS));
	}

	/**
	 * Vietnamese without diacritics, the way it is typed when diacritics are left out.
	 */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return decomposed.replace('đ', 'd').replace('Đ', 'D');
	}

}
