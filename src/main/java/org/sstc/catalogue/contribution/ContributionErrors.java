package org.sstc.catalogue.contribution;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The answers of this feature's pages to a step that its submission's status does not
 * allow, or to a save that raced another: 409, with a page that says what happened and
 * leads back to the submission.
 */
@ControllerAdvice(
		assignableTypes = { ContributorController.class, ReviewController.class, SubmissionPhotoController.class })
class ContributionErrors {

	private static final Pattern SUBMISSION_PAGE = Pattern.compile("^(.*/submissions/\\d+)(/.*)?$");

	@ExceptionHandler(SubmissionConflictException.class)
	ModelAndView conflict(SubmissionConflictException ex, HttpServletRequest request, HttpServletResponse response) {
		return page(ex.messageKey(), request, response);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView raced(HttpServletRequest request, HttpServletResponse response) {
		return page("contribution.conflict.stale", request, response);
	}

	private static ModelAndView page(String reason, HttpServletRequest request, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		Matcher submission = SUBMISSION_PAGE.matcher(request.getRequestURI());
		String back = submission.matches() ? submission.group(1) : request.getContextPath() + "/";
		return new ModelAndView("contribution/conflict").addObject("reason", reason).addObject("back", back);
	}

}
