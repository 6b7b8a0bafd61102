package org.sstc.catalogue.discovery;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sstc.catalogue.practice.Practice;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Adds to a practice's page what this feature says about it (its structured data and its
 * citations), so that the practice feature knows nothing of this one: the page shows them
 * when they are there.
 */
@Configuration(proxyBeanMethods = false)
class PracticePageMetadata implements WebMvcConfigurer, HandlerInterceptor {

	private final PracticeLinks links;

	PracticePageMetadata(PracticeLinks links) {
		this.links = links;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/practices/*");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || !"practice/detail".equals(page.getViewName())
				|| !(page.getModel().get("practice") instanceof Practice practice)) {
			return;
		}
		CitedPractice cited = CitedPractice.of(practice, this.links);
		page.addObject("metadata",
				PracticeMetadata.of(cited, this.links.to("/practices", "") + "?theme=", this.links.to("/", "")));
		page.addObject("citation", new Citation(CitationStyles.apa(cited), CitationStyles.chicago(cited),
				CitationFormat.BIBTEX.toString(cited), CitationFormat.RIS.toString(cited)));
	}

	/**
	 * The "Cite this practice" block's texts; the BibTeX and RIS files are at the page's
	 * address + /citation.bib, .ris.
	 */
	record Citation(String apa, String chicago, String bibtex, String ris) {
	}

}
