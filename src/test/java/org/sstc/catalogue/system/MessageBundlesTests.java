package org.sstc.catalogue.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The French and Spanish bundles against the English one: the same keys, each once, the
 * same arguments, and MessageFormat's quoting rule kept, which Spring applies only to
 * messages with arguments. Plain files, no application.
 */
@Tag("unit")
class MessageBundlesTests {

	/**
	 * An argument with its format type, if any: {0} gives "0", {0,choice,...} gives
	 * "0,choice".
	 */
	private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,\\s*(\\w+))?");

	private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

	@ParameterizedTest(name = "messages_{0}")
	@ValueSource(strings = { "fr", "es" })
	void hasExactlyTheKeysOfTheEnglishBundle(String language) {
		Map<String, String> english = read("messages.properties");
		Map<String, String> translated = read("messages_" + language + ".properties");
		assertThat(translated.keySet()).as("keys missing from messages_%s", language).containsAll(english.keySet());
		assertThat(english.keySet()).as("keys in messages_%s that English lacks", language)
			.containsAll(translated.keySet());
	}

	@ParameterizedTest(name = "messages_{0}")
	@ValueSource(strings = { "fr", "es" })
	void hasTheArgumentsOfTheEnglishBundle(String language) {
		Map<String, String> english = read("messages.properties");
		Map<String, String> translated = read("messages_" + language + ".properties");
		english.forEach((key, value) -> {
			if (translated.containsKey(key)) {
				assertThat(arguments(translated.get(key))).as("arguments of %s in messages_%s", key, language)
					.isEqualTo(arguments(value));
			}
		});
	}

	@ParameterizedTest(name = "messages{0}")
	@ValueSource(strings = { "", "_fr", "_es" })
	void keepsMessageFormatSyntaxAndQuoting(String suffix) {
		Locale locale = suffix.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(suffix.substring(1));
		read("messages" + suffix + ".properties").forEach((key, value) -> {
			assertThat(value).as(key).isNotBlank();
			if (arguments(value).isEmpty()) {
				assertThat(value).as("%s has no argument, so Spring shows it as written: no doubled ''", key)
					.doesNotContain("''");
			}
			else {
				assertThat(LONE_QUOTE.matcher(value).find())
					.as("%s has arguments, so MessageFormat reads it: a ' must be doubled", key)
					.isFalse();
				assertThatCode(() -> new MessageFormat(value, locale).format(new Object[] { 2, "x", "y" })).as(key)
					.doesNotThrowAnyException();
			}
		});
	}

	@ParameterizedTest(name = "messages{0}")
	@ValueSource(strings = { "", "_fr", "_es" })
	void definesEachKeyOnce(String suffix) throws CharacterCodingException {
		// a repeated key silently loses its first value, which may be used elsewhere
		List<String> keys = new ArrayList<>();
		for (String line : decode(bytes("messages" + suffix + ".properties")).split("\n")) {
			String trimmed = line.strip();
			if (!trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!")) {
				keys.add(trimmed.split("\\s*[=:]", 2)[0]);
			}
		}
		assertThat(keys).as("keys of messages%s", suffix).doesNotHaveDuplicates();
	}

	@Test
	void everyBundleIsUtf8() {
		for (String file : new String[] { "messages.properties", "messages_fr.properties", "messages_es.properties" }) {
			assertThatCode(() -> decode(bytes(file))).as("%s in UTF-8", file).doesNotThrowAnyException();
		}
	}

	private static Set<String> arguments(String message) {
		Set<String> arguments = new TreeSet<>();
		Matcher matcher = ARGUMENT.matcher(message);
		while (matcher.find()) {
			arguments.add((matcher.group(2) != null) ? matcher.group(1) + "," + matcher.group(2) : matcher.group(1));
		}
		return arguments;
	}

	private static Map<String, String> read(String file) {
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(decode(bytes(file))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, String> messages = new TreeMap<>();
		properties.stringPropertyNames().forEach((key) -> messages.put(key, properties.getProperty(key)));
		return messages;
	}

	private static byte[] bytes(String file) {
		try (InputStream in = MessageBundlesTests.class.getResourceAsStream("/" + file)) {
			assertThat(in).as(file).isNotNull();
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String decode(byte[] bytes) throws CharacterCodingException {
		// strict: a bundle saved in ISO-8859-1 fails here instead of showing mojibake
		return StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(bytes))
			.toString();
	}

}
