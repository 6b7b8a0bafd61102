package org.sstc.catalogue.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP over a plain socket, for the requests an HTTP client refuses to send: bad
 * percent-encoding, characters not allowed in a URL, a missing Host, a version that does
 * not exist.
 */
final class RawHttp {

	private RawHttp() {
	}

	/** Header names in lower case. */
	record Response(int status, String head, Map<String, String> headers, String body) {

	}

	/**
	 * A GET of a target as written, with {@code Accept}, over a connection closed after
	 * the answer.
	 */
	static Response get(int port, String target, String accept) {
		return send(port, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept
				+ "\r\nConnection: close\r\n\r\n");
	}

	static Response send(int port, String request) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			InputStream in = socket.getInputStream();
			try {
				in.transferTo(received);
			}
			catch (IOException ex) {
				// Tomcat may reset the connection once it has answered a request whose
				// body it did not read
			}
			return parse(received.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Response parse(byte[] received) {
		String text = new String(received, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		String head = text.substring(0, end);
		Map<String, String> headers = new LinkedHashMap<>();
		head.lines().skip(1).forEach((line) -> {
			int colon = line.indexOf(':');
			headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
		});
		byte[] body = Arrays.copyOfRange(received, end + 4, received.length);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = unchunk(body);
		}
		return new Response(Integer.parseInt(head.substring(9, 12)), head, headers,
				new String(body, StandardCharsets.UTF_8));
	}

	private static byte[] unchunk(byte[] chunked) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		String text = new String(chunked, StandardCharsets.ISO_8859_1);
		int at = 0;
		while (true) {
			int lineEnd = text.indexOf("\r\n", at);
			int size = Integer.parseInt(text.substring(at, lineEnd).strip(), 16);
			if (size == 0) {
				return body.toByteArray();
			}
			body.write(chunked, lineEnd + 2, size);
			at = lineEnd + 2 + size + 2;
		}
	}

}
