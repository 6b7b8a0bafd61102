package org.sstc.catalogue.admin;

import java.io.IOException;
import java.security.Principal;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.sstc.catalogue.search.CatalogueSearchDefinition;
import org.sstc.catalogue.search.FacetDefinition;
import org.sstc.catalogue.search.SearchQuery;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Practices in and out in bulk: {@code /admin/export.zip} (every practice, or a search's
 * selection, for staff) and {@code /admin/import} (administrators): upload, see what
 * would change, confirm.
 */
@Controller
@EnableConfigurationProperties(TransferProperties.class)
class TransferController {

	private static final String IMPORT = "admin/import";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

	private final PracticeExport export;

	private final PracticeImport importing;

	private final PendingImports pending;

	private final TransferProperties limits;

	TransferController(PracticeExport export, PracticeImport importing, PendingImports pending,
			TransferProperties limits) {
		this.export = export;
		this.importing = importing;
		this.pending = pending;
		this.limits = limits;
	}

	/**
	 * With none of the search page's parameters, every practice, drafts and archived ones
	 * included; with them, the published practices the search lists.
	 */
	@GetMapping("/admin/export.zip")
	void export(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response)
			throws IOException {
		SearchQuery query = isSearch(parameters) ? SearchQuery.from(parameters, CatalogueSearchDefinition.MAX_PAGE_SIZE)
				: null;
		PracticeExport.Archive archive = this.export.archive(query);
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("catalogue-export-" + ZonedDateTime.now(ZoneOffset.UTC).format(STAMP) + ".zip")
					.build()
					.toString());
		archive.writeTo(response.getOutputStream());
	}

	private static boolean isSearch(MultiValueMap<String, String> parameters) {
		Set<String> names = new java.util.HashSet<>(Set.of("q", SearchQuery.IN));
		for (FacetDefinition facet : CatalogueSearchDefinition.FACETS) {
			names.add(facet.name());
			names.add(SearchQuery.EXCLUDE + facet.name());
		}
		return parameters.entrySet()
			.stream()
			.anyMatch((entry) -> names.contains(entry.getKey())
					&& entry.getValue().stream().anyMatch((value) -> value != null && !value.isBlank()));
	}

	@GetMapping("/admin/import")
	String importPage(Model model) {
		return page(model);
	}

	@PostMapping("/admin/import")
	String upload(@RequestParam(required = false) MultipartFile file, Principal principal, Model model,
			HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			return refused(new RefusedImportException("no file was sent"), model, response);
		}
		if (file.getSize() > this.limits.maxUpload().toBytes()) {
			return refused(new RefusedImportException(
					"larger than " + TransferProperties.readable(this.limits.maxUpload()), true), model, response);
		}
		try {
			byte[] archive = file.getBytes();
			PracticeImport.Plan plan = this.importing.plan(ImportArchive.read(archive, this.limits));
			String name = fileName(file);
			String token = this.pending.keep(principal.getName(), name, archive);
			return preview(plan, token, name, model);
		}
		catch (RefusedImportException refused) {
			return refused(refused, model, response);
		}
	}

	@PostMapping("/admin/import/{token}")
	String apply(@PathVariable String token, @RequestParam(required = false) String fingerprint, Principal principal,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Optional<PendingImports.Pending> found = this.pending.find(token, principal.getName());
		if (found.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("error", "import.expired");
			return page(model);
		}
		PendingImports.Pending upload = found.get();
		String note = "import of " + upload.fileName() + ", uploaded "
				+ upload.uploadedAt().atZone(ZoneOffset.UTC).format(WHEN);
		try {
			Map<String, byte[]> files = ImportArchive.read(upload.archive(), this.limits);
			Optional<Integer> saved = this.importing.apply(files, String.valueOf(fingerprint), note);
			if (saved.isEmpty()) {
				// the catalogue changed since the preview: show what the import would do
				// now
				model.addAttribute("error", "import.changedSincePreview");
				return preview(this.importing.plan(files), token, upload.fileName(), model);
			}
			this.pending.forget(token);
			redirect.addFlashAttribute("message", "import.applied");
			redirect.addFlashAttribute("messageArgument", saved.get());
			return "redirect:/admin/import";
		}
		catch (RefusedImportException refused) {
			return refused(refused, model, response);
		}
	}

	private String preview(PracticeImport.Plan plan, String token, String fileName, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("token", token);
		model.addAttribute("fileName", fileName);
		return "admin/import-preview";
	}

	private String refused(RefusedImportException refused, Model model, HttpServletResponse response) {
		response.setStatus(refused.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value());
		model.addAttribute("refusal", refused.getMessage());
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("maxUpload", TransferProperties.readable(this.limits.maxUpload()));
		return IMPORT;
	}

	/** The upload's own name, without any folder, for the revision note. */
	private static String fileName(MultipartFile file) {
		String name = String.valueOf(file.getOriginalFilename()).replaceAll(".*[/\\\\]", "");
		name = name.replaceAll("[^A-Za-z0-9._ -]", "_");
		return name.isBlank() ? "upload.zip" : (name.length() > 100) ? name.substring(0, 100) : name;
	}

}
