package vn.canhgiac.app.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * This node's name in claims and locks: host, process and a random suffix, so two portals
 * in one process (the multi-node test) or two containers with the same host name are
 * still told apart.
 */
@Component
public class NodeName {

	private final String name;

	NodeName() {
		this.name = host() + ":" + ProcessHandle.current().pid() + ":" + UUID.randomUUID().toString().substring(0, 8);
	}

	public String value() {
		return this.name;
	}

	@Override
	public String toString() {
		return this.name;
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "node";
		}
	}

}
