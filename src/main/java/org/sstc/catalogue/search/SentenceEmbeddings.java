package org.sstc.catalogue.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * The sentence-embedding model all-MiniLM-L6-v2 (quantised), as LangChain4j ships it in
 * its Maven artifact, run by ONNX Runtime with the settings of a small server rather than
 * LangChain4j's defaults. Measured on this machine: LangChain4j's own loader keeps the
 * model in a Java array on its way to ONNX Runtime and lets the runtime keep a memory
 * arena and two threads a session, about 150 MB resident in all; loaded from a file, with
 * no arena and one thread, about 80 MB, and 3 to 4 ms a query instead of 2 to 3. One
 * thread a query is what a busy 2-core server can give anyway.
 */
final class SentenceEmbeddings extends AbstractInProcessEmbeddingModel {

	/** The model's name, as its vectors are known by where they are kept. */
	static final String NAME = "all-minilm-l6-v2-q";

	private static final String MODEL = "/" + NAME + ".onnx";

	private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

	private final OnnxBertBiEncoder encoder;

	private SentenceEmbeddings(OnnxBertBiEncoder encoder) {
		super(Runnable::run);
		this.encoder = encoder;
	}

	static SentenceEmbeddings load() {
		try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
				InputStream tokenizer = resource(TOKENIZER)) {
			options.setIntraOpNumThreads(1);
			options.setInterOpNumThreads(1);
			options.setCPUArenaAllocator(false);
			options.setMemoryPatternOptimization(false);
			OrtEnvironment environment = OrtEnvironment.getEnvironment();
			Path file = Files.createTempFile("sstc-catalogue-", ".onnx");
			try {
				try (InputStream model = resource(MODEL)) {
					Files.copy(model, file, StandardCopyOption.REPLACE_EXISTING);
				}
				OrtSession session = environment.createSession(file.toString(), options);
				return new SentenceEmbeddings(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot load the sentence-embedding model", ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("Cannot load the sentence-embedding model", ex);
		}
	}

	private static InputStream resource(String name) throws IOException {
		InputStream stream = SentenceEmbeddings.class.getResourceAsStream(name);
		if (stream == null) {
			throw new IOException(name + " is not on the class path");
		}
		return stream;
	}

	@Override
	protected OnnxBertBiEncoder model() {
		return this.encoder;
	}

}
