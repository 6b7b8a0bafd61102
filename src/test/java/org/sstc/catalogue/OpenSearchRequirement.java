package org.sstc.catalogue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

/**
 * Runs a test class on the search backend it is meant for. The suites that run on both
 * backends run as they are in the default (Lucene) run, and again in the OpenSearch run
 * ({@code CATALOGUE_SEARCH_BACKEND=opensearch}, Surefire's {@code opensearch} execution);
 * the OpenSearch-only ones run in the latter alone. In the OpenSearch run a cluster that
 * does not answer at {@code CATALOGUE_SEARCH_OPENSEARCH_URIS} (default
 * {@code http://localhost:9200}) fails the tests in CI ({@code CI=true}, or
 * {@code -Dopensearch.required=true}) and skips them elsewhere, with a banner:
 * {@code .ci/opensearch.sh start} starts one.
 */
public final class OpenSearchRequirement implements ExecutionCondition {

	private static final AtomicBoolean bannerShown = new AtomicBoolean();

	private static volatile Boolean answers;

	/** Whether this run's catalogue uses OpenSearch. */
	public static boolean onOpenSearch() {
		return "opensearch".equalsIgnoreCase(System.getenv("CATALOGUE_SEARCH_BACKEND"));
	}

	/** The cluster's first address, as the catalogue will use it. */
	public static String uri() {
		String uris = System.getenv("CATALOGUE_SEARCH_OPENSEARCH_URIS");
		return (uris == null || uris.isBlank()) ? "http://localhost:9200" : uris.split(",")[0].strip();
	}

	static boolean required() {
		String property = System.getProperty("opensearch.required");
		return (property != null) ? Boolean.parseBoolean(property) : "true".equalsIgnoreCase(System.getenv("CI"));
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		boolean openSearchOnly = context.getTags().contains("opensearch");
		if (!onOpenSearch()) {
			return openSearchOnly
					? ConditionEvaluationResult
						.disabled("runs in the OpenSearch run (CATALOGUE_SEARCH_BACKEND=opensearch)")
					: ConditionEvaluationResult.enabled("on Lucene");
		}
		if (answers()) {
			return ConditionEvaluationResult.enabled("OpenSearch answers at " + uri());
		}
		String reason = "OpenSearch does not answer at " + uri() + " (.ci/opensearch.sh start runs one)";
		if (required()) {
			throw new AssertionFailedError(reason + ". CI is set, so the OpenSearch tests fail rather than skip.");
		}
		if (bannerShown.compareAndSet(false, true)) {
			String rule = "*".repeat(100);
			System.err.println("\n" + rule + "\n* SKIPPED: " + reason + "\n" + rule + "\n");
		}
		return ConditionEvaluationResult.disabled(reason);
	}

	private static boolean answers() {
		if (answers == null) {
			try {
				HttpResponse<Void> response = HttpClient.newBuilder()
					.connectTimeout(Duration.ofSeconds(2))
					.build()
					.send(HttpRequest.newBuilder(URI.create(uri())).timeout(Duration.ofSeconds(5)).build(),
							HttpResponse.BodyHandlers.discarding());
				answers = response.statusCode() == 200;
			}
			catch (IOException ex) {
				answers = false;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				answers = false;
			}
		}
		return answers;
	}

}
