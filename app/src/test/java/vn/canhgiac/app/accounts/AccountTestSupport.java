package vn.canhgiac.app.accounts;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Small helpers for the accounts tests.
 */
final class AccountTestSupport {

	/** A long Vietnamese passphrase the policy accepts. */
	static final String PASSPHRASE = "Sông Hồng chảy qua bốn mùa mây trắng";

	private AccountTestSupport() {
	}

	/** Makes a MockMvc request come from another client address. */
	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
