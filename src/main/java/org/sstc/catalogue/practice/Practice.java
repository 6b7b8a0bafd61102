package org.sstc.catalogue.practice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;
import org.sstc.catalogue.system.EditableEntity;

/**
 * A good practice as the compendium describes it. Text fields hold the compendium's full
 * text as Markdown; lists of values are stored as JSON. Region, countries and
 * organisations are normalised from the source's words, which are kept beside them
 * ({@code regionAsWritten}, {@code countriesInvolved}); themes and modalities are
 * editorial.
 */
@Entity
@EntityListeners(PracticeWriteListener.class)
@Audited
@AuditOverride(forClass = EditableEntity.class)
public class Practice extends EditableEntity {

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "compendium_id")
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Compendium compendium;

	private int number;

	private String slug;

	@Enumerated(EnumType.STRING)
	private PracticeStatus status;

	private String heading;

	private String shortTitle;

	@Embedded
	private PracticeBody body = PracticeBody.EMPTY;

	@Enumerated(EnumType.STRING)
	private Region region;

	private String regionAsWritten;

	private boolean regionInferred;

	@JdbcTypeCode(SqlTypes.JSON)
	private List<String> imageCaptions = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.JSON)
	private List<Theme> themes = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.JSON)
	private List<Modality> modalities = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.JSON)
	private List<PracticePart> parts = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.JSON)
	private List<String> repairs = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(name = "missing_fields")
	private List<String> missingFields = new ArrayList<>();

	protected Practice() {
	}

	/**
	 * A new practice starts as a draft: nobody outside the staff sees it until it is
	 * published.
	 */
	public static Practice draft(Compendium compendium, PracticeContent content) {
		Practice practice = new Practice();
		practice.compendium = compendium;
		practice.status = PracticeStatus.DRAFT;
		practice.apply(content);
		return practice;
	}

	/**
	 * Replaces everything the practice says with the given content; its status stays as
	 * it is.
	 */
	public void apply(PracticeContent content) {
		this.number = content.number();
		this.slug = content.slug();
		this.heading = content.heading();
		this.shortTitle = content.shortTitle();
		this.body = content.body();
		this.region = content.region();
		this.regionAsWritten = content.regionAsWritten();
		this.regionInferred = content.regionInferred();
		this.imageCaptions = new ArrayList<>(content.imageCaptions());
		this.themes = new ArrayList<>(content.themes());
		this.modalities = new ArrayList<>(content.modalities());
		this.parts = new ArrayList<>(content.parts());
		this.repairs = new ArrayList<>(content.repairs());
		this.missingFields = new ArrayList<>(content.missing());
	}

	/**
	 * Everything the practice says, as one value: what the admin form edits and the
	 * history compares.
	 */
	public PracticeContent content() {
		return new PracticeContent(this.number, this.slug, this.heading, this.shortTitle, getBody(), this.region,
				this.regionAsWritten, this.regionInferred, this.imageCaptions, this.themes, this.modalities, this.parts,
				this.repairs, this.missingFields);
	}

	/**
	 * Puts the practice in another compendium (its number must be free there): a change
	 * of its history like any other.
	 */
	public void moveTo(Compendium compendium) {
		this.compendium = compendium;
	}

	public void publish() {
		this.status = PracticeStatus.PUBLISHED;
	}

	/** Back to draft: off the public pages, still editable. */
	public void unpublish() {
		this.status = PracticeStatus.DRAFT;
	}

	public void archive() {
		this.status = PracticeStatus.ARCHIVED;
	}

	/** Out of the archive, as a draft to be published again explicitly. */
	public void unarchive() {
		this.status = PracticeStatus.DRAFT;
	}

	/**
	 * True when the compendium describes this practice in separate parts (each with its
	 * own fields).
	 */
	public boolean hasParts() {
		return !this.parts.isEmpty();
	}

	/**
	 * The practice's body, then each part's: where every section's text is, whether or
	 * not the practice is in parts (the top of a practice in parts holds only its title).
	 */
	public List<PracticeBody> bodies() {
		return Stream.concat(Stream.of(getBody()), this.parts.stream().map(PracticePart::body)).toList();
	}

	/** Countries of the practice and of its parts, each once. */
	public List<CountryRef> allCountries() {
		return bodies().stream()
			.flatMap((body) -> body.countries().stream())
			.filter(distinctBy(CountryRef::code))
			.toList();
	}

	/** Organisations of the practice and of its parts, each once. */
	public List<Organisation> allOrganisations() {
		return bodies().stream()
			.flatMap((body) -> body.organisations().stream())
			.filter(distinctBy(Organisation::key))
			.toList();
	}

	private static <T> Predicate<T> distinctBy(Function<T, Object> key) {
		Set<Object> seen = new HashSet<>();
		return (item) -> seen.add(Objects.requireNonNull(key.apply(item)));
	}

	public Compendium getCompendium() {
		return this.compendium;
	}

	public int getNumber() {
		return this.number;
	}

	public String getSlug() {
		return this.slug;
	}

	public PracticeStatus getStatus() {
		return this.status;
	}

	public String getHeading() {
		return this.heading;
	}

	public String getShortTitle() {
		return this.shortTitle;
	}

	/**
	 * The sections the practice shares with its parts (all of them but the title empty in
	 * a practice in parts).
	 */
	public PracticeBody getBody() {
		return PracticeBody.orEmpty(this.body);
	}

	public String getTitle() {
		return getBody().title();
	}

	public Region getRegion() {
		return this.region;
	}

	public String getRegionAsWritten() {
		return this.regionAsWritten;
	}

	public boolean isRegionInferred() {
		return this.regionInferred;
	}

	public List<String> getImageCaptions() {
		return this.imageCaptions;
	}

	public List<Theme> getThemes() {
		return this.themes;
	}

	public List<Modality> getModalities() {
		return this.modalities;
	}

	public List<PracticePart> getParts() {
		return this.parts;
	}

	public List<String> getRepairs() {
		return this.repairs;
	}

	public List<String> getMissingFields() {
		return this.missingFields;
	}

}
