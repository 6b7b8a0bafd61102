package org.sstc.catalogue.account;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client address a sign-in limit counts by: an IPv4 address as it is, an IPv6 address
 * by its /64 network (one subscriber usually holds a whole /64, so counting single IPv6
 * addresses would give one client billions of limits). Anything else (a proxy that
 * forwards garbage) becomes a short digest, so that no text from the request is stored as
 * it came.
 */
final class ClientAddress {

	private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

	private static final Pattern IPV6 = Pattern.compile("\\[?([0-9A-Fa-f:.]+)(%[^\\]]*)?]?");

	private ClientAddress() {
	}

	static String of(String remoteAddress) {
		if (remoteAddress == null) {
			return "unknown";
		}
		Matcher ipv4 = IPV4.matcher(remoteAddress);
		if (ipv4.matches()) {
			return ipv4(ipv4);
		}
		Matcher ipv6 = IPV6.matcher(remoteAddress);
		if (ipv6.matches() && ipv6.group(1).indexOf(':') >= 0) {
			try {
				// a literal with a colon is parsed, never looked up in DNS
				InetAddress address = InetAddress.getByName(ipv6.group(1));
				if (address instanceof Inet4Address) {
					return address.getHostAddress();
				}
				if (address instanceof Inet6Address) {
					byte[] bytes = address.getAddress();
					return String.format("%x:%x:%x:%x::/64", group(bytes, 0), group(bytes, 1), group(bytes, 2),
							group(bytes, 3));
				}
			}
			catch (UnknownHostException ex) {
				// not an address after all: a digest below
			}
		}
		return "other:" + digest(remoteAddress);
	}

	private static int group(byte[] address, int group) {
		return ((address[2 * group] & 0xff) << 8) | (address[2 * group + 1] & 0xff);
	}

	private static String ipv4(Matcher matcher) {
		StringBuilder address = new StringBuilder();
		for (int group = 1; group <= 4; group++) {
			int part = Integer.parseInt(matcher.group(group));
			if (part > 255) {
				return "other:" + digest(matcher.group());
			}
			address.append((group > 1) ? "." : "").append(part);
		}
		return address.toString();
	}

	static String digest(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}
