package no.boforum.testsupport;

/**
 * The servers one run has started, stopped in the reverse order: Payara, Elasticsearch, the mail
 * server, MariaDB.
 */
public final class ServerStack implements AutoCloseable {
  public volatile EmbeddedMariaDb db;
  public volatile EmbeddedElasticsearch es;
  public volatile PayaraMicroProcess payara;
  public volatile Mailbox mail;
  public volatile OidcProvider oidc;

  @Override
  public synchronized void close() throws Exception {
    try {
      if (payara != null) {
        payara.close();
      }
      if (es != null) {
        es.close();
      }
      if (mail != null) {
        mail.close();
      }
      if (oidc != null) {
        oidc.close();
      }
      if (db != null) {
        db.close();
      }
    } finally {
      payara = null;
      es = null;
      mail = null;
      oidc = null;
      db = null;
    }
  }
}
