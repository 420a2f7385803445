/** Drafts written in the browser: a course's files as its editors left them, not yet published. */
package id.saring.publishing.entity;
