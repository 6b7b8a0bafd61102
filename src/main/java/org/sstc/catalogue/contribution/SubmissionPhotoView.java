package org.sstc.catalogue.contribution;

import java.time.Instant;

/**
 * What a page shows of a submission's photo, without its bytes (the {@code <img>} fetches
 * them).
 *
 * @param submissionId the submission's id, which is the photo's
 * @param width its width in pixels
 * @param height its height in pixels
 * @param caption the caption shown under it
 * @param altText what it shows, for people who cannot see it
 * @param uploadedAt when it was sent
 */
public record SubmissionPhotoView(long submissionId, int width, int height, String caption, String altText,
		Instant uploadedAt) {
}
