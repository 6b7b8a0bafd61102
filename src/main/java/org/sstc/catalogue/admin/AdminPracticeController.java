package org.sstc.catalogue.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.sstc.catalogue.practice.Compendium;
import org.sstc.catalogue.practice.CompendiumRepository;
import org.sstc.catalogue.practice.Modality;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.PracticeBody;
import org.sstc.catalogue.practice.PracticeContent;
import org.sstc.catalogue.practice.PracticeSection;
import org.sstc.catalogue.practice.PracticeStatus;
import org.sstc.catalogue.practice.Region;
import org.sstc.catalogue.practice.Theme;
import org.sstc.catalogue.system.InvalidParameterException;
import org.sstc.catalogue.system.MarkdownRenderer;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The staff area's practices: list, create, edit, publish, archive, history. A form's
 * "save" is checked and saved; its other buttons (preview, more rows, another part) show
 * it again as it is.
 */
@Controller
class AdminPracticeController {

	private static final String FORM = "admin/practice-form";

	/** How many practices a page of the staff's list shows. */
	static final int LIST_PAGE_SIZE = 100;

	private final PracticeEditing editing;

	private final PracticeFormValidator validator;

	private final CompendiumRepository compendia;

	private final MarkdownRenderer markdown;

	AdminPracticeController(PracticeEditing editing, PracticeFormValidator validator, CompendiumRepository compendia,
			MarkdownRenderer markdown) {
		this.editing = editing;
		this.validator = validator;
		this.compendia = compendia;
		this.markdown = markdown;
	}

	/**
	 * Refuses the identity fields, and rows numbered beyond
	 * {@link PracticeForms#MAX_ROWS}, before binding: Spring would fail with a 500 on
	 * such a row; refused here, the form says why ({@link #refuseRowsBeyondTheLimit}).
	 * Values are trimmed, and empty ones are null.
	 */
	@InitBinder("form")
	void bindForm(WebDataBinder binder, HttpServletRequest request) {
		List<String> refused = new ArrayList<>(List.of("id", "version"));
		request.getParameterMap().keySet().stream().filter(PracticeForms::isBeyondRowLimit).forEach(refused::add);
		binder.setDisallowedFields(refused.toArray(String[]::new));
		binder.setAutoGrowCollectionLimit(PracticeForms.MAX_ROWS);
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping("/admin")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "1") int page, Model model) {
		PracticeStatus chosen = null;
		if (status != null && !status.isBlank()) {
			chosen = Arrays.stream(PracticeStatus.values())
				.filter((candidate) -> candidate.name().equals(status))
				.findFirst()
				.orElseThrow(() -> new InvalidParameterException("status", status, "DRAFT, PUBLISHED or ARCHIVED"));
		}
		if (page < 1) {
			throw new InvalidParameterException("page", String.valueOf(page), "a page number from 1");
		}
		PracticeEditing.ListPage list = this.editing.list(q, chosen, page, LIST_PAGE_SIZE);
		if (page > list.pageCount()) {
			throw new InvalidParameterException("page", String.valueOf(page),
					"a page number from 1 to " + list.pageCount());
		}
		model.addAttribute("list", list);
		model.addAttribute("previous", (page > 1) ? listUrl(q, status, page - 1) : null);
		model.addAttribute("next", (page < list.pageCount()) ? listUrl(q, status, page + 1) : null);
		model.addAttribute("q", q);
		model.addAttribute("status", status);
		model.addAttribute("statuses", PracticeStatus.values());
		return "admin/practices";
	}

	private static String listUrl(String q, String status, int page) {
		return UriComponentsBuilder.fromPath("/admin")
			.queryParamIfPresent("q", Optional.ofNullable(q).filter((value) -> !value.isBlank()))
			.queryParamIfPresent("status", Optional.ofNullable(status).filter((value) -> !value.isBlank()))
			.queryParam("page", page)
			.encode()
			.toUriString();
	}

	@GetMapping("/admin/practices/new")
	String create(Model model) {
		PracticeForm form = new PracticeForm();
		form.setBaseVersion(0L);
		form.setCompendium(latestCompendium().getCode());
		return showForm(PracticeForms.withBlankRows(form, PracticeForms.BLANK_ROWS), null, model);
	}

	@PostMapping("/admin/practices")
	String create(@Valid @ModelAttribute("form") PracticeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Compendium compendium = chosenCompendium(form, result, latestCompendium());
		refuseRowsBeyondTheLimit(result);
		this.validator.validate(form, result, null, compendium.getId());
		if (result.hasErrors()) {
			return showForm(form, null, model);
		}
		Practice practice = this.editing.create(compendium, PracticeForms.toContent(form));
		redirect.addFlashAttribute("message", "admin.saved.draft");
		return "redirect:/admin/practices/" + practice.getId();
	}

	@PostMapping(path = "/admin/practices", params = { "action", "action!=save" })
	String redisplayNew(@ModelAttribute("form") PracticeForm form, BindingResult result, @RequestParam String action,
			Model model) {
		refuseRowsBeyondTheLimit(result);
		return redisplay(form, action, null, model);
	}

	@GetMapping("/admin/practices/{id}")
	String edit(@PathVariable long id, Model model) {
		Practice practice = this.editing.get(id);
		PracticeForm form = PracticeForms.from(practice.content(), practice.getVersion());
		form.setCompendium(practice.getCompendium().getCode());
		return showForm(PracticeForms.withBlankRows(form, PracticeForms.BLANK_ROWS), practice, model);
	}

	@PostMapping("/admin/practices/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") PracticeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Practice practice = this.editing.get(id);
		Compendium compendium = chosenCompendium(form, result, practice.getCompendium());
		refuseRowsBeyondTheLimit(result);
		this.validator.validate(form, result, id, compendium.getId());
		if (result.hasErrors()) {
			return showForm(form, practice, model);
		}
		try {
			long baseVersion = (form.getBaseVersion() != null) ? form.getBaseVersion() : -1;
			this.editing.update(id, baseVersion, compendium, PracticeForms.toContent(form, practice.content()));
		}
		catch (EditConflictException conflict) {
			return conflict(form, practice, conflict.current(), conflict.currentVersion(), model);
		}
		catch (OptimisticLockingFailureException raced) {
			Practice current = this.editing.get(id);
			return conflict(form, current, current.content(), current.getVersion(), model);
		}
		redirect.addFlashAttribute("message", "admin.saved");
		return "redirect:/admin/practices/" + id;
	}

	@PostMapping(path = "/admin/practices/{id}", params = { "action", "action!=save" })
	String redisplay(@PathVariable long id, @ModelAttribute("form") PracticeForm form, BindingResult result,
			@RequestParam String action, Model model) {
		Practice practice = this.editing.get(id);
		refuseRowsBeyondTheLimit(result);
		return redisplay(form, action, practice, model);
	}

	@PostMapping("/admin/practices/{id}/{transition:publish|unpublish|archive|unarchive}")
	String transition(@PathVariable long id, @PathVariable String transition, RedirectAttributes redirect) {
		switch (transition) {
			case "publish" -> this.editing.publish(id);
			case "unpublish" -> this.editing.unpublish(id);
			case "archive" -> this.editing.archive(id);
			default -> this.editing.unarchive(id);
		}
		redirect.addFlashAttribute("message", "admin.status." + transition);
		return "redirect:/admin/practices/" + id;
	}

	@GetMapping("/admin/practices/{id}/history")
	String history(@PathVariable long id, Model model) {
		model.addAttribute("practice", this.editing.get(id));
		model.addAttribute("revisions", this.editing.history(id));
		return "admin/history";
	}

	@GetMapping("/admin/practices/{id}/history/diff")
	String diff(@PathVariable long id, @RequestParam long from, @RequestParam long to, Model model) {
		model.addAttribute("practice", this.editing.get(id));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("changes",
				PracticeDiff.between(this.editing.contentAt(id, from), this.editing.contentAt(id, to)));
		return "admin/diff";
	}

	@PostMapping("/admin/practices/{id}/history/{revision}/restore")
	String restore(@PathVariable long id, @PathVariable long revision, RedirectAttributes redirect) {
		this.editing.restore(id, revision);
		redirect.addFlashAttribute("message", "admin.restored");
		return "redirect:/admin/practices/" + id + "/history";
	}

	/**
	 * Says so when the binder refused rows beyond the limit ({@link #bindForm}): the
	 * others are kept.
	 */
	private static void refuseRowsBeyondTheLimit(BindingResult result) {
		if (Arrays.stream(result.getSuppressedFields()).anyMatch(PracticeForms::isBeyondRowLimit)) {
			result.reject("validation.rows", new Object[] { PracticeForms.MAX_ROWS }, null);
		}
	}

	private String redisplay(PracticeForm form, String action, Practice practice, Model model) {
		if ("preview".equals(action)) {
			model.addAttribute("previews", previews(form));
		}
		int blankRows = "addRows".equals(action) ? PracticeForms.BLANK_ROWS : 0;
		if ("addPart".equals(action) && form.getParts().size() < PracticeForms.MAX_ROWS) {
			form.getParts().add(new PartForm());
			blankRows = PracticeForms.BLANK_ROWS;
		}
		return showForm(PracticeForms.withBlankRows(form, blankRows), practice, model);
	}

	private String conflict(PracticeForm mine, Practice practice, PracticeContent current, long currentVersion,
			Model model) {
		model.addAttribute("changes", PracticeDiff.between(current, PracticeForms.toContent(mine, current)));
		mine.setBaseVersion(currentVersion);
		model.addAttribute("conflict", true);
		return showForm(mine, practice, model);
	}

	private String showForm(PracticeForm form, Practice practice, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("practice", practice);
		model.addAttribute("compendia", this.compendia.findAllByOrderByBienniumDesc());
		model.addAttribute("regions", Region.values());
		model.addAttribute("themes", Theme.values());
		model.addAttribute("modalities", Modality.values());
		model.addAttribute("countryChoices", CountryChoices.ALL);
		model.addAttribute("blocks", PracticeBody.BLOCKS);
		model.addAttribute("missingChoices", PracticeBody.NARRATIVE_TEXTS.stream().map(PracticeSection::name).toList());
		return FORM;
	}

	/**
	 * The Markdown sections of the practice and of its parts, rendered, by the id of
	 * their text area.
	 */
	private Map<String, String> previews(PracticeForm form) {
		Map<String, String> previews = new LinkedHashMap<>();
		addPreviews(previews, "", PracticeForms.body(form));
		for (int i = 0; i < form.getParts().size(); i++) {
			addPreviews(previews, "parts[" + i + "].", PracticeForms.body(form.getParts().get(i)));
		}
		return previews;
	}

	private void addPreviews(Map<String, String> previews, String prefix, PracticeBody body) {
		PracticeBody.SECTIONS.stream()
			.filter((section) -> section.kind() == PracticeSection.Kind.MARKDOWN)
			.forEach((section) -> previews.put(prefix + section.name(), this.markdown.html(section.text(body))));
	}

	/**
	 * The compendium the form names, or the fallback when it names none; an unknown code
	 * is an error on the field (and the fallback stands in while the form is shown
	 * again).
	 */
	private Compendium chosenCompendium(PracticeForm form, BindingResult result, Compendium fallback) {
		String code = PracticeForms.text(form.getCompendium());
		if (code == null) {
			form.setCompendium(fallback.getCode());
			return fallback;
		}
		Optional<Compendium> chosen = this.compendia.findByCode(code);
		if (chosen.isEmpty()) {
			result.rejectValue("compendium", "validation.compendium");
			return fallback;
		}
		return chosen.get();
	}

	private Compendium latestCompendium() {
		return this.compendia.findAllByOrderByBienniumDesc().get(0);
	}

}
