/** The pages an LMS shows in its own frame: the deep-linking module picker and its answer. */
package id.saring.view.lti;
