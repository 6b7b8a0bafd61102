package org.sstc.catalogue.admin;

import jakarta.validation.Valid;
import org.sstc.catalogue.practice.Compendium;
import org.sstc.catalogue.system.MarkdownRenderer;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
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

/**
 * The editions of the catalogue, for administrators: the list of compendia, a new one,
 * and the revision of one's title, biennium, publisher and preface (Markdown, with a
 * preview).
 */
@Controller
class AdminCompendiumController {

	private static final String FORM = "admin/compendium-form";

	private final CompendiumEditing editing;

	private final MarkdownRenderer markdown;

	AdminCompendiumController(CompendiumEditing editing, MarkdownRenderer markdown) {
		this.editing = editing;
		this.markdown = markdown;
	}

	/** Values are trimmed, and empty ones are null; the id is never bound. */
	@InitBinder("form")
	void bindForm(WebDataBinder binder) {
		binder.setDisallowedFields("id");
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping("/admin/compendia")
	String list(Model model) {
		model.addAttribute("compendia", this.editing.all());
		return "admin/compendia";
	}

	@GetMapping("/admin/compendia/new")
	String create(Model model) {
		return showForm(new CompendiumForm(), null, model);
	}

	@PostMapping("/admin/compendia")
	String create(@Valid @ModelAttribute("form") CompendiumForm form, BindingResult result,
			@RequestParam(required = false) String action, Model model, RedirectAttributes redirect) {
		if (form.getCode() == null) {
			result.rejectValue("code", "validation.required");
		}
		else if (!result.hasFieldErrors("code") && this.editing.exists(form.getCode())) {
			result.rejectValue("code", "validation.compendiumCodeTaken");
		}
		if ("preview".equals(action) || result.hasErrors()) {
			return showForm(form, null, model, "preview".equals(action));
		}
		Compendium created = this.editing.create(form.getCode(), form.edition());
		redirect.addFlashAttribute("message", "compendia.created");
		return "redirect:/admin/compendia/" + created.getId();
	}

	@GetMapping("/admin/compendia/{id}")
	String edit(@PathVariable long id, Model model) {
		Compendium compendium = this.editing.get(id);
		return showForm(CompendiumForm.of(compendium), compendium, model);
	}

	@PostMapping("/admin/compendia/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") CompendiumForm form, BindingResult result,
			@RequestParam(required = false) String action, Model model, RedirectAttributes redirect) {
		Compendium compendium = this.editing.get(id);
		// the code is fixed: whatever was sent, the compendium keeps its own
		form.setCode(compendium.getCode());
		if ("preview".equals(action) || result.hasErrors()) {
			return showForm(form, compendium, model, "preview".equals(action));
		}
		this.editing.revise(id, form.edition());
		redirect.addFlashAttribute("message", "compendia.saved");
		return "redirect:/admin/compendia/" + id;
	}

	private String showForm(CompendiumForm form, Compendium compendium, Model model) {
		return showForm(form, compendium, model, false);
	}

	private String showForm(CompendiumForm form, Compendium compendium, Model model, boolean preview) {
		model.addAttribute("form", form);
		model.addAttribute("compendium", compendium);
		if (preview) {
			model.addAttribute("preview", this.markdown.html(form.getPreface()));
		}
		return FORM;
	}

}
