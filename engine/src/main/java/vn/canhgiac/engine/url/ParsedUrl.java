package vn.canhgiac.engine.url;

import org.jspecify.annotations.Nullable;

/**
 * A link split into the parts that matter for judging it.
 *
 * @param scheme lower-case scheme; {@code http} when none was written
 * @param schemeWritten whether the sender wrote a scheme
 * @param userinfo what came before the last {@code @} of the authority, if anything
 * @param asciiHost the host in ASCII (punycode) lower case, or the dotted IPv4 address
 * @param unicodeHost the host as a reader sees it
 * @param ipHost whether the host is an IP address, in any of the forms browsers accept
 * @param port the explicit port, or -1
 * @param path path, query and fragment as written
 */
record ParsedUrl(String scheme, boolean schemeWritten, @Nullable String userinfo, String asciiHost, String unicodeHost,
		boolean ipHost, int port, String path) {

}
