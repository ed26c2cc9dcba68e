/**
 * Annual declarations: campaigns that ask officers to sign the conduct rules, their reminders and escalations,
 * and the lists HR downloads to follow them up.
 */
package my.etika.declaration;
