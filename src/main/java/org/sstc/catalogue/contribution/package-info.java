/**
 * Contributions: contributors invited by an administrator submit practices through the
 * compendium's template online; editors review them (comments on the whole and on single
 * rows, changes requested, accepted into a compendium as a published practice, or
 * declined), every step in the history and announced by e-mail.
 */
package org.sstc.catalogue.contribution;
