/** Chat thread: a family-group conversation with a forwarded hoax; the student picks a reply. */
package id.saring.catalog.question.chatthread;
