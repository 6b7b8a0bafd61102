package org.sstc.catalogue.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.sstc.catalogue.practice.Compendium;
import org.sstc.catalogue.practice.CompendiumRepository;
import org.sstc.catalogue.practice.CuratedRecords;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.PracticeContent;
import org.sstc.catalogue.practice.PracticeRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bulk import of a zip made by {@link PracticeExport}: first what it would change
 * ({@link #plan}), each practice found by its compendium and number, as new, changed
 * (field by field, {@link PracticeDiff}), unchanged, or in conflict (saved here since the
 * version the manifest names: left as it is); then, once confirmed, the new and changed
 * practices saved in one transaction ({@link #apply}), so each gets one revision, noted
 * as the import's, and a failure saves nothing. Every file is checked as the admin form
 * checks a practice before anything is planned.
 */
@Service
class PracticeImport {

	private final PracticeRepository practices;

	private final CompendiumRepository compendia;

	private final PracticeEditing editing;

	private final CompendiumEditing compendiumEditing;

	private final Validator validator;

	private final TransactionTemplate transactions;

	private final TransactionTemplate reading;

	PracticeImport(PracticeRepository practices, CompendiumRepository compendia, PracticeEditing editing,
			CompendiumEditing compendiumEditing, Validator validator, TransactionTemplate transactions) {
		this.practices = practices;
		this.compendia = compendia;
		this.editing = editing;
		this.compendiumEditing = compendiumEditing;
		this.validator = validator;
		this.transactions = transactions;
		this.reading = new TransactionTemplate(Objects.requireNonNull(transactions.getTransactionManager()));
		this.reading.setReadOnly(true);
	}

	/** A practice's file and what it would do. */
	record Item(String file, String compendiumCode, PracticeContent content, Long practiceId, Long currentVersion,
			List<PracticeDiff.FieldChange> changes) {

		public String title() {
			return this.content.number() + ". " + this.content.shortTitle();
		}

	}

	/**
	 * What an import would do: compendia to create, compendia whose file differs (left as
	 * they are), and the practices by what would happen to them.
	 */
	record Plan(List<Compendium> newCompendia, List<String> differingCompendia, List<Item> added, List<Item> changed,
			List<Item> unchanged, List<Item> conflicts) {

		public boolean changesNothing() {
			return this.newCompendia.isEmpty() && this.added.isEmpty() && this.changed.isEmpty();
		}

		/**
		 * What the plan found, as a short hash: the confirmation carries it, so that an
		 * import applies only as it was shown.
		 */
		public String fingerprint() {
			StringBuilder seen = new StringBuilder();
			this.newCompendia.forEach((c) -> seen.append("c:").append(c.getCode()).append('\n'));
			for (var group : List.of(this.added, this.changed, this.unchanged, this.conflicts)) {
				group.forEach((item) -> seen.append(item.file())
					.append(':')
					.append(item.practiceId())
					.append(':')
					.append(item.currentVersion())
					.append('\n'));
				seen.append("--\n");
			}
			try {
				return HexFormat.of()
					.formatHex(MessageDigest.getInstance("SHA-256")
						.digest(seen.toString().getBytes(StandardCharsets.UTF_8)))
					.substring(0, 32);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	Plan plan(Map<String, byte[]> files) {
		return this.reading.execute((status) -> planReading(files));
	}

	/**
	 * Applies the plan if it is still the one shown ({@code fingerprint}); returns the
	 * number of practices saved, or nothing when the catalogue changed since the preview.
	 */
	Optional<Integer> apply(Map<String, byte[]> files, String fingerprint, String note) {
		return RevisionAuthor.noting(note, () -> this.transactions.execute((status) -> {
			Plan plan = planReading(files);
			if (!plan.fingerprint().equals(fingerprint)) {
				return Optional.<Integer>empty();
			}
			Map<String, Compendium> created = new HashMap<>();
			for (Compendium compendium : plan.newCompendia()) {
				created.put(compendium.getCode(),
						this.compendiumEditing.create(compendium.getCode(), compendium.edition()));
			}
			for (Item item : plan.added()) {
				Compendium compendium = created.containsKey(item.compendiumCode()) ? created.get(item.compendiumCode())
						: this.compendia.findByCode(item.compendiumCode()).orElseThrow();
				this.editing.create(compendium, item.content());
			}
			for (Item item : plan.changed()) {
				this.editing.update(item.practiceId(), item.currentVersion(), item.content());
			}
			return Optional.of(plan.added().size() + plan.changed().size());
		}));
	}

	private Plan planReading(Map<String, byte[]> files) {
		ExportManifest manifest = manifest(files);
		Map<String, Long> exportedVersions = new HashMap<>();
		manifest.practices().forEach((entry) -> exportedVersions.put(entry.file(), entry.version()));

		Map<String, Compendium> inZip = new LinkedHashMap<>();
		List<String> differing = new ArrayList<>();
		List<Compendium> newCompendia = new ArrayList<>();
		files.forEach((name, bytes) -> {
			if (name.endsWith("/" + CuratedRecords.HEADER_FILE)) {
				Compendium compendium = parse(name, () -> CuratedRecords.readCompendium(bytes));
				String folder = folder(name);
				if (!folder.equals(compendium.getCode())) {
					throw new RefusedImportException(
							name + ": its code is " + compendium.getCode() + ", not the name of its folder, " + folder);
				}
				check(name, CompendiumForm.of(compendium));
				inZip.put(folder, compendium);
				Optional<Compendium> existing = this.compendia.findByCode(folder);
				if (existing.isEmpty()) {
					newCompendia.add(compendium);
				}
				else if (!existing.get().edition().equals(compendium.edition())) {
					differing.add(folder);
				}
			}
		});

		List<Item> added = new ArrayList<>();
		List<Item> changed = new ArrayList<>();
		List<Item> unchanged = new ArrayList<>();
		List<Item> conflicts = new ArrayList<>();
		Set<String> identities = new HashSet<>();
		Set<String> slugs = new HashSet<>();
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			String name = file.getKey();
			if (name.equals(ExportManifest.FILE) || name.endsWith("/" + CuratedRecords.HEADER_FILE)) {
				continue;
			}
			String code = folder(name);
			PracticeContent content = parse(name, () -> CuratedRecords.readPractice(file.getValue()));
			if (!identities.add(code + "/" + content.number())) {
				throw new RefusedImportException(
						name + ": another file of the zip is number " + content.number() + " of " + code + " too");
			}
			if (!slugs.add(content.slug())) {
				throw new RefusedImportException(name + ": another file of the zip has the slug " + content.slug());
			}
			Optional<Compendium> compendium = this.compendia.findByCode(code);
			if (compendium.isEmpty() && !inZip.containsKey(code)) {
				throw new RefusedImportException(
						name + ": no compendium " + code + " here, and the zip has no " + code + "/compendium.yml");
			}
			Optional<Practice> existing = compendium
				.flatMap((found) -> this.practices.findByCompendiumIdAndNumber(found.getId(), content.number()));
			checkPractice(name, content, existing.map(Practice::content).orElse(null));
			Long existingId = existing.map(Practice::getId).orElse(null);
			this.practices.findBySlug(content.slug())
				.filter((other) -> !other.getId().equals(existingId))
				.ifPresent((other) -> {
					throw new RefusedImportException(
							name + ": the slug " + content.slug() + " is another practice's here (number "
									+ other.getNumber() + " of " + other.getCompendium().getCode() + ")");
				});
			if (existing.isEmpty()) {
				added.add(new Item(name, code, content, null, null, List.of()));
				continue;
			}
			Practice practice = existing.get();
			PracticeContent current = practice.content();
			Item item = new Item(name, code, content, practice.getId(), practice.getVersion(),
					PracticeDiff.between(current, content));
			if (current.equals(content)) {
				unchanged.add(item);
			}
			else if (!Objects.equals(exportedVersions.get(name), practice.getVersion())) {
				conflicts.add(item);
			}
			else {
				changed.add(item);
			}
		}
		Comparator<Item> byFile = Comparator.comparing(Item::file);
		return new Plan(newCompendia, differing, sorted(added, byFile), sorted(changed, byFile),
				sorted(unchanged, byFile), sorted(conflicts, byFile));
	}

	private static List<Item> sorted(List<Item> items, Comparator<Item> order) {
		return items.stream().sorted(order).toList();
	}

	private static ExportManifest manifest(Map<String, byte[]> files) {
		byte[] file = files.get(ExportManifest.FILE);
		if (file == null) {
			// a zip made by hand: every practice it changes is treated as a conflict,
			// since nothing says which version it was edited from
			return new ExportManifest(ExportManifest.FORMAT, null, List.of());
		}
		ExportManifest manifest = parse(ExportManifest.FILE,
				() -> CuratedRecords.readUploaded(file, ExportManifest.class));
		if (!ExportManifest.FORMAT.equals(manifest.format())) {
			throw new RefusedImportException(
					ExportManifest.FILE + ": the format is not " + ExportManifest.FORMAT + " but " + manifest.format());
		}
		return manifest;
	}

	private static String folder(String name) {
		return name.substring(0, name.indexOf('/'));
	}

	private static <T> T parse(String name, java.util.function.Supplier<T> reading) {
		try {
			T value = reading.get();
			if (value == null) {
				throw new RefusedImportException(name + ": the file is empty");
			}
			return value;
		}
		catch (IllegalArgumentException ex) {
			throw new RefusedImportException(name + ": " + ex.getMessage());
		}
	}

	/**
	 * A practice's file, checked as the admin form checks a practice: always what makes a
	 * record (number, slug, titles, region, themes, lengths); the form's other checks
	 * (the shape of e-mail and web addresses) only where the file makes a saved practice
	 * worse, since the compendium's own records keep a few such values as the source
	 * wrote them ({@code liqingyi@ilo}).
	 */
	private void checkPractice(String name, PracticeContent content, PracticeContent saved) {
		Set<String> already = new HashSet<>();
		if (saved != null) {
			this.validator.validate(PracticeForms.from(saved, 0))
				.forEach((violation) -> already.add(violation.getPropertyPath() + "|" + violation.getMessage()));
		}
		report(name,
				this.validator.validate(PracticeForms.from(content, 0))
					.stream()
					.filter((violation) -> isStructural(violation)
							|| !already.contains(violation.getPropertyPath() + "|" + violation.getMessage()))
					.filter((violation) -> saved != null || isStructural(violation))
					.collect(java.util.stream.Collectors.toSet()));
	}

	private static final Set<String> STRUCTURAL = Set.of("number", "slug", "heading", "shortTitle", "region", "themes",
			"modalities", "missing", "text[title]");

	private static boolean isStructural(ConstraintViolation<?> violation) {
		return STRUCTURAL.contains(violation.getPropertyPath().toString())
				|| violation.getMessageTemplate().equals("{validation.tooLong}");
	}

	/** The file's values, checked as the admin form checks them. */
	private void check(String name, Object form) {
		report(name, this.validator.validate(form));
	}

	private static <T> void report(String name, Set<ConstraintViolation<T>> violations) {
		if (!violations.isEmpty()) {
			ConstraintViolation<T> first = violations.stream()
				.min(Comparator.comparing((violation) -> violation.getPropertyPath().toString()))
				.orElseThrow();
			throw new RefusedImportException(name + ": " + first.getPropertyPath() + ": " + first.getMessage() + " ("
					+ violations.size() + ((violations.size() == 1) ? " problem)" : " problems)"));
		}
	}

}
