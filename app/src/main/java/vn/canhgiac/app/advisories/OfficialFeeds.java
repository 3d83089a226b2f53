package vn.canhgiac.app.advisories;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canhgiac.app.audit.AuditTrail;
import vn.canhgiac.app.directory.AuthenticatedPerson;

/**
 * "Cảnh báo mới từ cơ quan chức năng": RSS/Atom feeds of official sites that a police
 * administrator subscribed to. Fetching goes only to those exact URLs (no redirects
 * followed, http and https only), with connect and read time-outs and a size limit, and
 * parses with document type declarations refused (no external entities). An editor turns
 * an item into a draft advisory with one click.
 */
@Service
public class OfficialFeeds {

	private static final Logger log = LoggerFactory.getLogger(OfficialFeeds.class);

	private final JdbcClient jdbc;

	private final AdvisoryProperties properties;

	private final Clock clock;

	private final AuditTrail audit;

	private final Advisories advisories;

	OfficialFeeds(JdbcClient jdbc, AdvisoryProperties properties, Clock clock, AuditTrail audit,
			Advisories advisories) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
		this.audit = audit;
		this.advisories = advisories;
	}

	public static boolean mayAdminister(AuthenticatedPerson user) {
		return user.hasRole("POLICE_ADMIN");
	}

	@Transactional
	public long subscribe(String url, String name, AuthenticatedPerson admin) {
		if (!mayAdminister(admin)) {
			throw AdvisoryRefused.forbidden();
		}
		URI uri = checkedUri(url);
		String label = name.isBlank() ? uri.getHost() : name.strip();
		try {
			long id = this.jdbc.sql("""
					insert into advisory_feed (url, name, created_by, created_at) values (?, ?, ?, ?) returning id""")
				.params(uri.toString(), label.substring(0, Math.min(label.length(), 200)), admin.accountId(),
						AdvisoryRepository.ts(this.clock.instant()))
				.query(Long.class)
				.single();
			this.audit.record(admin, "advisory-feed.subscribe", "advisory-feed", Long.toString(id));
			return id;
		}
		catch (DuplicateKeyException ex) {
			throw AdvisoryRefused.invalid("Nguồn tin này đã được đăng ký.", "This feed is already subscribed.");
		}
	}

	@Transactional
	public void unsubscribe(long id, AuthenticatedPerson admin) {
		if (!mayAdminister(admin)) {
			throw AdvisoryRefused.forbidden();
		}
		if (this.jdbc.sql("delete from advisory_feed where id = ?").param(id).update() == 1) {
			this.audit.record(admin, "advisory-feed.unsubscribe", "advisory-feed", Long.toString(id));
		}
	}

	public List<FeedSubscription> subscriptions() {
		return this.jdbc.sql("select * from advisory_feed order by name")
			.query((rs, i) -> new FeedSubscription(rs.getLong("id"), rs.getString("url"), rs.getString("name"),
					AdvisoryRepository.instant(rs, "created_at"), AdvisoryRepository.instant(rs, "last_fetched_at"),
					rs.getString("last_error")))
			.list();
	}

	public List<FeedItem> recentItems(int limit) {
		return this.jdbc.sql("""
				select i.*, f.name as feed_name from advisory_feed_item i join advisory_feed f on f.id = i.feed_id
				order by coalesce(i.published_at, i.fetched_at) desc, i.id desc limit ?""")
			.param(limit)
			.query((rs, i) -> new FeedItem(rs.getLong("id"), rs.getLong("feed_id"), rs.getString("feed_name"),
					rs.getString("title"), rs.getString("link"), rs.getString("summary"),
					AdvisoryRepository.instant(rs, "published_at"), AdvisoryRepository.instant(rs, "fetched_at"),
					rs.getObject("advisory_id", Long.class)))
			.list();
	}

	/** Fetches every subscribed feed; one failing feed does not stop the others. */
	public int fetchAll() {
		int added = 0;
		for (FeedSubscription feed : subscriptions()) {
			added += fetch(feed.id());
		}
		return added;
	}

	/** Fetches one feed now; returns how many new items it brought. */
	public int fetch(long feedId) {
		String url = this.jdbc.sql("select url from advisory_feed where id = ?")
			.param(feedId)
			.query(String.class)
			.optional()
			.orElseThrow(AdvisoryRefused::notFound);
		Instant now = this.clock.instant();
		try {
			byte[] body = download(checkedUri(url));
			SyndFeed feed = parse(body);
			int added = 0;
			List<SyndEntry> entries = feed.getEntries();
			for (SyndEntry entry : entries.subList(0, Math.min(entries.size(), this.properties.feeds().maxItems()))) {
				added += store(feedId, entry, now);
			}
			this.jdbc.sql("update advisory_feed set last_fetched_at = ?, last_error = null where id = ?")
				.params(AdvisoryRepository.ts(now), feedId)
				.update();
			return added;
		}
		catch (IOException | FeedException | IllegalArgumentException | AdvisoryRefused ex) {
			String reason = ex.getClass().getSimpleName() + ": " + String.valueOf(ex.getMessage());
			this.jdbc.sql("update advisory_feed set last_fetched_at = ?, last_error = ? where id = ?")
				.params(AdvisoryRepository.ts(now), reason.substring(0, Math.min(reason.length(), 300)), feedId)
				.update();
			log.warn("Official feed {} could not be fetched: {}", feedId, ex.getClass().getSimpleName());
			return 0;
		}
	}

	private int store(long feedId, SyndEntry entry, Instant now) {
		String title = MarkdownRenderer.htmlToText(String.valueOf(entry.getTitle()));
		if (title.isBlank()) {
			return 0;
		}
		String link = safeLink(entry.getLink());
		String guid = (entry.getUri() != null && !entry.getUri().isBlank()) ? entry.getUri()
				: (link != null) ? link : title;
		String summary = "";
		SyndContent description = entry.getDescription();
		if (description != null && description.getValue() != null) {
			summary = MarkdownRenderer.htmlToText(description.getValue());
		}
		else if (!entry.getContents().isEmpty() && entry.getContents().get(0).getValue() != null) {
			summary = MarkdownRenderer.htmlToText(entry.getContents().get(0).getValue());
		}
		java.util.Date date = (entry.getPublishedDate() != null) ? entry.getPublishedDate() : entry.getUpdatedDate();
		return this.jdbc.sql("""
				insert into advisory_feed_item (feed_id, guid, title, link, summary, published_at, fetched_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict (feed_id, guid) do nothing""")
			.params(feedId, cut(guid, 1000), cut(title, 500), link, cut(summary, 4000),
					(date != null) ? new java.sql.Timestamp(date.getTime()) : null, AdvisoryRepository.ts(now))
			.update();
	}

	byte[] download(URI uri) throws IOException {
		AdvisoryProperties.Feeds limits = this.properties.feeds();
		HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
		connection.setInstanceFollowRedirects(false);
		connection.setConnectTimeout((int) limits.connectTimeout().toMillis());
		connection.setReadTimeout((int) limits.readTimeout().toMillis());
		connection.setRequestProperty("Accept", "application/atom+xml, application/rss+xml, application/xml;q=0.9");
		connection.setRequestProperty("User-Agent", "CanhGiac-feeds/1");
		try {
			int status = connection.getResponseCode();
			if (status != 200) {
				throw new IOException("HTTP " + status);
			}
			long declared = connection.getContentLengthLong();
			if (declared > limits.maxBytes()) {
				throw new IOException("feed larger than " + limits.maxBytes() + " bytes");
			}
			try (InputStream in = connection.getInputStream()) {
				byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
				if (body.length > limits.maxBytes()) {
					throw new IOException("feed larger than " + limits.maxBytes() + " bytes");
				}
				return body;
			}
		}
		finally {
			connection.disconnect();
		}
	}

	/** Rome refuses document type declarations unless told otherwise: no XXE. */
	static SyndFeed parse(byte[] body) throws FeedException {
		SyndFeedInput input = new SyndFeedInput();
		input.setAllowDoctypes(false);
		input.setXmlHealerOn(false);
		return input.build(new InputSource(new ByteArrayInputStream(body)));
	}

	/**
	 * Turns a fetched item into a draft advisory (issuer = the feed), for the editor to
	 * complete.
	 */
	@Transactional
	public long draftFrom(long itemId, AuthenticatedPerson editor) {
		FeedItem item = recentItem(itemId);
		if (item.advisoryId() != null) {
			return item.advisoryId();
		}
		String body = item.summary() + ((item.link() != null) ? "\n\nNguồn: <" + item.link() + ">" : "");
		Long unit = editor.unitId();
		Audience audience = (editor.hasRole("POLICE_ADMIN") || unit == null) ? Audience.all()
				: new Audience(false, List.of(unit), List.of());
		AdvisoryDraft draft = new AdvisoryDraft(null, LocalDate.now(this.clock.withZone(Advisories.ZONE)),
				item.feedName(), "", cut(item.title(), 300), "V/v " + cut(item.title(), 480), body, ScamCategory.OTHER,
				Severity.MODERATE, MessageType.ALERT, null, false, List.of(), audience, null, List.of());
		long id = this.advisories.create(draft, editor);
		this.jdbc.sql("update advisory_feed_item set advisory_id = ? where id = ?").params(id, itemId).update();
		this.audit.record(editor, "advisory.from-feed", "advisory", Long.toString(id), null,
				Map.of("feedItem", Long.toString(itemId)));
		return id;
	}

	private FeedItem recentItem(long itemId) {
		return this.jdbc.sql("""
				select i.*, f.name as feed_name from advisory_feed_item i join advisory_feed f on f.id = i.feed_id
				where i.id = ?""")
			.param(itemId)
			.query((rs, i) -> new FeedItem(rs.getLong("id"), rs.getLong("feed_id"), rs.getString("feed_name"),
					rs.getString("title"), rs.getString("link"), rs.getString("summary"),
					AdvisoryRepository.instant(rs, "published_at"), AdvisoryRepository.instant(rs, "fetched_at"),
					rs.getObject("advisory_id", Long.class)))
			.optional()
			.orElseThrow(AdvisoryRefused::notFound);
	}

	static URI checkedUri(String url) {
		try {
			URI uri = new URI(url.strip());
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
					|| uri.getUserInfo() != null) {
				throw AdvisoryRefused.invalid("Địa chỉ nguồn tin phải bắt đầu bằng http:// hoặc https://.",
						"A feed address starts with http:// or https://.");
			}
			return uri;
		}
		catch (URISyntaxException ex) {
			throw AdvisoryRefused.invalid("Địa chỉ nguồn tin không hợp lệ.", "Not a valid feed address.");
		}
	}

	private static @Nullable String safeLink(@Nullable String link) {
		if (link == null) {
			return null;
		}
		String trimmed = link.strip();
		String lower = trimmed.toLowerCase(Locale.ROOT);
		return ((lower.startsWith("http://") || lower.startsWith("https://")) && trimmed.length() <= 2000) ? trimmed
				: null;
	}

	private static String cut(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

}
