/**
 * Hoax-spotting post: a forwarded chat message or a social post with marked segments; the student
 * flags the red flags, gives a verdict (hoaks, menyesatkan, fakta) and may name the technique.
 */
package id.saring.catalog.question.hoaxpost;
