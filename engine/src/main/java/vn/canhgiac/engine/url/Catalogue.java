package vn.canhgiac.engine.url;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The curated lists the URL analysis compares against, loaded once from the engine's
 * resources.
 */
final class Catalogue {

	static final Catalogue INSTANCE = new Catalogue();

	final List<Brand> brands;

	final Set<String> shorteners;

	final Set<String> riskyTlds;

	final Set<String> hostingPlatforms;

	/**
	 * Confusable skeletons of the official labels, computed once: ICU skeletons are not
	 * cheap.
	 */
	private final java.util.Map<String, String> skeletons = new java.util.HashMap<>();

	private Catalogue() {
		this.brands = List.copyOf(readBrands());
		this.shorteners = Set.copyOf(lines("shorteners.txt"));
		this.riskyTlds = Set.copyOf(lines("risky-tlds.txt"));
		this.hostingPlatforms = Set.copyOf(lines("hosting-platforms.txt"));
		for (Brand brand : this.brands) {
			for (String label : brand.officialLabels()) {
				this.skeletons.put(label, Confusables.skeleton(label));
			}
		}
	}

	/** Read-only after construction, so safe from any thread. */
	String skeletonOf(String officialLabel) {
		String skeleton = this.skeletons.get(officialLabel);
		return (skeleton != null) ? skeleton : Confusables.skeleton(officialLabel);
	}

	/** Whether the host is, or is under, one of the listed names. */
	static boolean listed(Set<String> names, String asciiHost) {
		String host = asciiHost;
		while (true) {
			if (names.contains(host)) {
				return true;
			}
			int dot = host.indexOf('.');
			if (dot < 0) {
				return false;
			}
			host = host.substring(dot + 1);
		}
	}

	private static List<Brand> readBrands() {
		List<Brand> brands = new ArrayList<>();
		for (String line : lines("protected-brands.tsv")) {
			String[] c = line.split("\t");
			// Tokens are compared with hyphens squeezed out of the host.
			List<String> strong = list(c[3]).stream().map((t) -> t.replace("-", "")).toList();
			brands.add(new Brand(c[0], c[1], list(c[2]), strong, list(c[4])));
		}
		return brands;
	}

	private static List<String> list(String column) {
		if (column.equals("-")) {
			return List.of();
		}
		return Arrays.stream(column.split(",")).map((s) -> s.strip().toLowerCase(Locale.ROOT)).toList();
	}

	private static List<String> lines(String resource) {
		try (InputStream in = Catalogue.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " missing from the engine jar");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			return reader.lines()
				.filter((l) -> !l.isBlank() && !l.startsWith("#"))
				.map(String::strip)
				.collect(Collectors.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
