/**
 * The jar's command line on picocli: {@link vn.cchc.cli.Launch} decides whether the arguments ask for
 * the web app (none, Spring options only, {@code serve}) or a command; {@link vn.cchc.cli.Cli} builds
 * the commands ({@code load}, {@code generate}, {@code export}, {@code serve}, {@code user ...},
 * {@code help}), each a {@code *Command} with its {@code *Options}, runs the warehouse, ingest, sample,
 * export and account-store services, and prints progress and a summary. A password is read by
 * {@link vn.cchc.cli.PasswordInput}, never taken from the arguments. Help and messages come from
 * {@code cli-messages_vi|en.properties}, Vietnamese by default; {@link vn.cchc.cli.UsageErrors} turns
 * what cannot run into exit codes 1, 2 and 3.
 */
package vn.cchc.cli;
