package org.sstc.catalogue.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The passages' embeddings as PostgreSQL keeps them (table {@code passage_embedding}),
 * each by the SHA-256 of its text and the embedding that made it: what one start or
 * instance embedded, the next finds. Each statement is short and commits on its own, so
 * that what was embedded before a stop is kept.
 */
@Component
class StoredPassageEmbeddings {

	/** Digests a statement looks up or writes at once. */
	private static final int CHUNK = 500;

	private static final HexFormat HEX = HexFormat.of();

	private final JdbcTemplate jdbc;

	StoredPassageEmbeddings(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored vectors of these texts by this embedding, by text. */
	Map<String, float[]> find(String embedding, Collection<String> texts) {
		Map<String, String> byDigest = new HashMap<>();
		texts.forEach((text) -> byDigest.put(digest(text), text));
		Map<String, float[]> found = new HashMap<>();
		for (List<String> digests : chunks(byDigest.keySet())) {
			this.jdbc.query("select digest, vector from passage_embedding where model = ? and digest = any(?)",
					(row) -> {
						found.put(byDigest.get(row.getString("digest")), vector(row.getBytes("vector")));
					}, embedding, digests.toArray(String[]::new));
		}
		return found;
	}

	/** Keeps these vectors (a text already stored stays as it was). */
	void save(String embedding, Map<String, float[]> vectors) {
		List<Object[]> rows = vectors.entrySet()
			.stream()
			.map((entry) -> new Object[] { embedding, digest(entry.getKey()), bytes(entry.getValue()) })
			.toList();
		for (int from = 0; from < rows.size(); from += CHUNK) {
			this.jdbc.batchUpdate(
					"insert into passage_embedding (model, digest, vector) values (?, ?, ?) on conflict do nothing",
					rows.subList(from, Math.min(rows.size(), from + CHUNK)));
		}
	}

	/**
	 * Lets go of every vector but those of these texts by this embedding: passages no
	 * practice says any more, and other models' vectors.
	 */
	void keepOnly(String embedding, Collection<String> texts) {
		String[] kept = texts.stream().map(StoredPassageEmbeddings::digest).toArray(String[]::new);
		this.jdbc.update("delete from passage_embedding where model <> ? or not (digest = any(?))", embedding, kept);
	}

	static String digest(String text) {
		try {
			return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static byte[] bytes(float[] vector) {
		ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES);
		buffer.asFloatBuffer().put(vector);
		return buffer.array();
	}

	private static float[] vector(byte[] bytes) {
		float[] vector = new float[bytes.length / Float.BYTES];
		ByteBuffer.wrap(bytes).asFloatBuffer().get(vector);
		return vector;
	}

	private static List<List<String>> chunks(Set<String> digests) {
		List<String> all = new ArrayList<>(digests);
		List<List<String>> chunks = new ArrayList<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
		}
		return chunks;
	}

}
