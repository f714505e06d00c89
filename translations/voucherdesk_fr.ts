<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ui/QtStrings.cpp" line="+10"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Tout enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Oui pour &amp;tout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;on pour tout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>VerdictPresenter</name>
    <message>
        <location filename="../ui/reception/VerdictPresenter.cpp" line="+41"/>
        <source>VALID</source>
        <translation>VALIDE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DELIVERED</source>
        <translation>LIVRÉ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALREADY DELIVERED</source>
        <translation>DÉJÀ LIVRÉ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PENDING ON CHAIN</source>
        <translation>EN ATTENTE DE LA BLOCKCHAIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT PAID</source>
        <translation>NON PAYÉ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UNDERPAID</source>
        <translation>PAIEMENT INCOMPLET</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EXPIRED</source>
        <translation>EXPIRÉ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CANCELLED</source>
        <translation>ANNULÉ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UNKNOWN CODE</source>
        <translation>CODE INCONNU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT AN ORDER CODE</source>
        <translation>PAS UN CODE DE COMMANDE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DATABASE OFFLINE</source>
        <translation>BASE HORS LIGNE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RE-CHECK FAILED</source>
        <translation>VÉRIFICATION ÉCHOUÉE</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>READY TO SCAN</source>
        <translation>PRÊT À SCANNER</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan the customer&apos;s QR code</source>
        <translation>Scannez le code QR du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the phone in front of the camera or pull the hand scanner&apos;s trigger. Ctrl+F searches by name, phone or code.</source>
        <translation>Tenez le téléphone devant la caméra ou appuyez sur la gâchette du lecteur. Ctrl+F cherche par nom, téléphone ou code.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CHECKING…</source>
        <translation>VÉRIFICATION…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking the order up</source>
        <translation>Recherche de la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not hand anything over yet.</source>
        <translation>Ne remettez rien pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CONNECTING…</source>
        <translation>CONNEXION…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaching the database</source>
        <translation>Connexion à la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not hand anything over until this desk says it is ready to scan.</source>
        <translation>Ne remettez rien tant que ce poste n&apos;affiche pas « prêt à scanner ».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DELIVERING…</source>
        <translation>LIVRAISON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the payment on the blockchain</source>
        <translation>Vérification du paiement sur la blockchain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not hand anything over yet. This takes at most a second or two.</source>
        <translation>Ne remettez rien pour l&apos;instant. Cela prend une ou deux secondes au plus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Do not hand anything over.</source>
        <translation>Ne remettez rien.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hand over: %1</source>
        <translation>À remettre : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Enter (or click Deliver) to record the hand-over, then give the customer the item.</source>
        <translation>Appuyez sur Entrée (ou cliquez sur Livrer) pour enregistrer la remise, puis donnez l&apos;article au client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer: %1</source>
        <translation>Client : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid: %1 tokens</source>
        <translation>Payé : %1 jetons</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the customer: %1</source>
        <translation>Donnez au client : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded as delivered just now. Thank the customer.</source>
        <translation>Enregistré comme livré à l&apos;instant. Remerciez le client.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered at %1 by %2 at %3</source>
        <translation>Livré à %1 par %2 au poste %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Payment re-checked on the blockchain.</source>
        <translation>Paiement revérifié sur la blockchain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment not re-checked on the blockchain; the database&apos;s word was used.</source>
        <translation>Paiement non revérifié sur la blockchain ; la base de données a fait foi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delivered %1 by %2 at %3</source>
        <translation>Livré %1 par %2 au poste %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 This order was already handed over. If the customer disagrees, contact support.</source>
        <translation>%1 Cette commande a déjà été remise. Si le client n&apos;est pas d&apos;accord, contactez le support.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+33"/>
        <source>Item: %1</source>
        <translation>Article : %1</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Confirmations: %1 of %2</source>
        <translation>Confirmations : %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not hand anything over yet. The payment is on its way: ask the customer to wait, this screen turns VALID by itself.</source>
        <translation>Ne remettez rien pour l&apos;instant. Le paiement est en route : demandez au client de patienter, cet écran passera à VALIDE tout seul.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No payment for this order yet</source>
        <translation>Aucun paiement pour cette commande pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Ask the customer to redeem the voucher in their wallet, then scan again.</source>
        <translation>%1 Demandez au client d&apos;utiliser le bon dans son portefeuille, puis scannez à nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paid %1 of %2 tokens</source>
        <translation>Payé %1 sur %2 jetons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 The payment is short. The customer should contact support.</source>
        <translation>%1 Le paiement est insuffisant. Le client doit contacter le support.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expired %1</source>
        <translation>Expiré %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 The order expired before it was paid. The customer should contact support.</source>
        <translation>%1 La commande a expiré avant d&apos;être payée. Le client doit contacter le support.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This order was cancelled</source>
        <translation>Cette commande a été annulée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled: %1</source>
        <translation>Annulée : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 The customer should contact support.</source>
        <translation>%1 Le client doit contacter le support.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No order has this code</source>
        <translation>Aucune commande n&apos;a ce code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Check that the customer shows the code of their order; otherwise they should contact support.</source>
        <translation>%1 Vérifiez que le client montre le code de sa commande ; sinon, il doit contacter le support.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a VoucherDesk order code</source>
        <translation>Ce n&apos;est pas un code de commande VoucherDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was looked up. Ask for the order&apos;s QR code (its text starts with VD1-).</source>
        <translation>Rien n&apos;a été recherché. Demandez le code QR de la commande (son texte commence par VD1-).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delivery is impossible until the database is back</source>
        <translation>Aucune livraison possible tant que la base de données n&apos;est pas revenue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Ask the customer to wait; this screen clears by itself when the connection returns.</source>
        <translation>%1 Demandez au client de patienter ; cet écran s&apos;efface tout seul quand la connexion revient.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The blockchain contradicts the database</source>
        <translation>La blockchain contredit la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Call a supervisor; the customer should contact support.</source>
        <translation>%1 Appelez un responsable ; le client doit contacter le support.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Scan again; if it happens again, contact support.</source>
        <translation>%1 Scannez à nouveau ; si cela se reproduit, contactez le support.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same code scanned again: same result.</source>
        <translation>Même code scanné à nouveau : même résultat.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+46"/>
        <source>Usage: voucherdesk [COMMAND] [--config FILE] [ARGS]

Without a command, opens the VoucherDesk window.

Commands:
  migrate          apply the database migrations (as the database owner)
  check            self-test: Qt plugins, database and schema, RPC chain id, keychain, cameras
  decode IMAGE...  what the scanner reads in each image, one JSON line per image
  listen           follow the token contract into the database (headless service; SIGTERM stops it)

Options:
  --config FILE    read settings from this INI file instead of the user&apos;s settings
  --health-port N  listen: serve /health and /metrics on 127.0.0.1:N
  --replay-from N  listen: re-read the chain from block N (idempotent), then follow
  --endpoint I     listen: use the I-th configured RPC endpoint first
  --poll-ms MS     listen: polling interval near the head
  --version        print the version of VoucherDesk and of the libraries it runs with
  --exit-after S   close the window after S seconds (smoke tests)
  -h, --help       show this help

Environment:
  VOUCHERDESK_DB_PASSWORD  database password for headless use (services, the sandbox)
</source>
        <translation>Utilisation : voucherdesk [COMMANDE] [--config FICHIER] [ARGUMENTS]

Sans commande, ouvre la fenêtre de VoucherDesk.

Commandes :
  migrate          applique les migrations de la base de données (en tant que propriétaire de la base)
  check            autotest : greffons Qt, base de données et schéma, identifiant de chaîne RPC, trousseau, caméras
  decode IMAGE...  ce que le lecteur lit dans chaque image, une ligne JSON par image
  listen           suit le contrat du jeton dans la base de données (service sans interface ; SIGTERM l&apos;arrête)

Options :
  --config FICHIER lit les paramètres dans ce fichier INI au lieu de ceux de l&apos;utilisateur
  --health-port N  listen : sert /health et /metrics sur 127.0.0.1:N
  --replay-from N  listen : relit la chaîne depuis le bloc N (idempotent), puis la suit
  --endpoint I     listen : utilise d&apos;abord le I-ème point d&apos;accès RPC configuré
  --poll-ms MS     listen : intervalle d&apos;interrogation près de la tête de chaîne
  --version        affiche la version de VoucherDesk et des bibliothèques utilisées
  --exit-after S   ferme la fenêtre après S secondes (tests rapides)
  -h, --help       affiche cette aide

Environnement :
  VOUCHERDESK_DB_PASSWORD  mot de passe de la base pour l&apos;usage sans interface (services, bac à sable)
</translation>
    </message>
</context>
<context>
    <name>vd::admin::AdminChainWorker</name>
    <message>
        <location filename="../core/admin/AdminChainWorker.cpp" line="+60"/>
        <source>The token contract or the blockchain endpoints are not configured (File &gt; Settings).</source>
        <translation>Le contrat du jeton ou les points d&apos;accès de la blockchain ne sont pas configurés (Fichier &gt; Paramètres).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There is no contract at this address on this chain.</source>
        <translation>Il n&apos;y a pas de contrat à cette adresse sur cette chaîne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No code hash is pinned in the settings: the contract cannot be verified and nothing will be signed until it is pinned.</source>
        <translation>Aucune empreinte de code n&apos;est épinglée dans les paramètres : le contrat ne peut pas être vérifié et rien ne sera signé tant qu&apos;elle ne l&apos;est pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contract&apos;s code is not the pinned one (pinned %1). Do not sign anything: the address or the contract changed.</source>
        <translation>Le code du contrat n&apos;est pas celui qui est épinglé (épinglé : %1). Ne signez rien : l&apos;adresse ou le contrat a changé.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The loaded key %1 holds none of the token&apos;s roles.</source>
        <translation>La clé chargée %1 ne détient aucun des rôles du jeton.</translation>
    </message>
</context>
<context>
    <name>vd::admin::AdminDbWorker</name>
    <message>
        <location filename="../core/admin/AdminDbWorker.cpp" line="+194"/>
        <source>Key rotation %1 does not exist.</source>
        <translation>La rotation de clé %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>vd::admin::AdminModel</name>
    <message>
        <location filename="../core/admin/AdminModel.cpp" line="+49"/>
        <location line="+366"/>
        <source>Pause the token</source>
        <translation>Mettre le jeton en pause</translation>
    </message>
    <message>
        <location line="-365"/>
        <location line="+371"/>
        <source>Unpause the token</source>
        <translation>Reprendre le jeton</translation>
    </message>
    <message>
        <location line="-370"/>
        <source>Grant a role</source>
        <translation>Accorder un rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke a role</source>
        <translation>Révoquer un rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freeze an account</source>
        <translation>Geler un compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unfreeze an account</source>
        <translation>Dégeler un compte</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>The chain counts %1 members but listed %2.</source>
        <translation>La chaîne compte %1 membres mais en a listé %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chain has %1 member(s), the listener&apos;s record %2.</source>
        <translation>La chaîne compte %1 membre(s), contre %2 dans l&apos;enregistrement de l&apos;écoute.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only on the chain: %1.</source>
        <translation>Uniquement sur la chaîne : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only in the database: %1.</source>
        <translation>Uniquement dans la base de données : %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The listener may be behind; the chain is what counts.</source>
        <translation>L&apos;écoute de la blockchain est peut-être en retard ; c&apos;est la chaîne qui fait foi.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Enter the account&apos;s address (0x followed by 40 hex digits).</source>
        <translation>Saisissez l&apos;adresse du compte (0x suivi de 40 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address is not written with its checksum (EIP-55 mixed case), so a typo in it would go unnoticed. Copy it from the wallet or block explorer as %1.</source>
        <translation>L&apos;adresse n&apos;est pas écrite avec sa somme de contrôle (majuscules et minuscules EIP-55) : une faute de frappe passerait donc inaperçue. Copiez-la depuis le portefeuille ou l&apos;explorateur de blocs sous la forme %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The zero address belongs to nobody: a role granted to it, or a freeze of it, is useless and usually a mistake.</source>
        <translation>L&apos;adresse zéro n&apos;appartient à personne : lui accorder un rôle, ou la geler, est inutile et généralement une erreur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The token is already paused. Nothing to do: pausing again would only spend a fee.</source>
        <translation>Le jeton est déjà en pause. Rien à faire : une nouvelle mise en pause ne ferait que coûter des frais.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token is not paused, so there is nothing to unpause.</source>
        <translation>Le jeton n&apos;est pas en pause : il n&apos;y a rien à reprendre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The zero address belongs to nobody: a role granted to it is lost and usually a mistake.</source>
        <translation>L&apos;adresse zéro n&apos;appartient à personne : un rôle qui lui est accordé est perdu, et c&apos;est généralement une erreur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already holds %2.</source>
        <translation>%1 détient déjà %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 does not hold %2; there is nothing to revoke.</source>
        <translation>%1 ne détient pas %2 ; il n&apos;y a rien à révoquer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The holders of DEFAULT_ADMIN_ROLE could not be read from the chain. Revoking an administrator is refused until they can be counted.</source>
        <translation>Les détenteurs de DEFAULT_ADMIN_ROLE n&apos;ont pas pu être lus sur la chaîne. La révocation d&apos;un administrateur est refusée tant qu&apos;ils ne peuvent pas être comptés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is the last holder of DEFAULT_ADMIN_ROLE. Without it nobody could ever grant or revoke a role again (not even to replace a lost key). Grant DEFAULT_ADMIN_ROLE to the new administrator (for example the Safe) first.</source>
        <translation>%1 est le dernier détenteur de DEFAULT_ADMIN_ROLE. Sans lui, plus personne ne pourrait jamais accorder ni révoquer de rôle (pas même pour remplacer une clé perdue). Accordez d&apos;abord DEFAULT_ADMIN_ROLE au nouvel administrateur (par exemple le Safe).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The zero address cannot be frozen or unfrozen.</source>
        <translation>L&apos;adresse zéro ne peut être ni gelée ni dégelée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the reason for freezing this account (it is kept in the audit trail).</source>
        <translation>Indiquez le motif du gel de ce compte (il est conservé dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the reason for unfreezing this account (it is kept in the audit trail).</source>
        <translation>Indiquez le motif du dégel de ce compte (il est conservé dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already frozen.</source>
        <translation>%1 est déjà gelé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not frozen (as far as the listener has seen).</source>
        <translation>%1 n&apos;est pas gelé (d&apos;après ce qu&apos;a vu l&apos;écoute de la blockchain).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (the Safe)</source>
        <translation>%1 (le Safe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody holds it.</source>
        <translation>Personne ne le détient.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is held by %1.</source>
        <translation>Il est détenu par %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No signing key is loaded; this needs %1. %2</source>
        <translation>Aucune clé de signature n&apos;est chargée ; cette action nécessite %1. %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The loaded key %1 holds %2.</source>
        <translation>La clé chargée %1 détient %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The loaded key %1 lacks %2. %3</source>
        <translation>La clé chargée %1 ne détient pas %2. %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Propose it to the Safe instead.</source>
        <translation>Proposez-le plutôt au Safe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>VoucherDesk token</source>
        <translation>Jeton VoucherDesk</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reason (kept in the audit, not on the chain)</source>
        <translation>motif (conservé dans l&apos;audit, pas sur la chaîne)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Grant %1 to %2</source>
        <translation>Accorder %1 à %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke %1 from %2</source>
        <translation>Révoquer %1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freeze %1</source>
        <translation>Geler %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unfreeze %1</source>
        <translation>Dégeler %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Revoke MINTER_ROLE from the old minter</source>
        <translation>Révoquer MINTER_ROLE de l&apos;ancien compte émetteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grant MINTER_ROLE to the new minter</source>
        <translation>Accorder MINTER_ROLE au nouveau compte émetteur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the new keystore for minting on this workstation</source>
        <translation>Utiliser le nouveau fichier keystore pour l&apos;émission sur ce poste</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>key rotation #%1</source>
        <translation>rotation de clé n° %1</translation>
    </message>
</context>
<context>
    <name>vd::admin::AdminService</name>
    <message>
        <location filename="../core/admin/AdminServiceSigning.cpp" line="+12"/>
        <source>No keystore is loaded.</source>
        <translation>Aucun fichier keystore n&apos;est chargé.</translation>
    </message>
</context>
<context>
    <name>vd::app</name>
    <message>
        <location filename="../app/Cli.cpp" line="+95"/>
        <location line="+11"/>
        <source>Database password for %1: </source>
        <translation>Mot de passe de la base de données pour %1 : </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Connexion impossible à %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Schema is up to date (version %1).</source>
        <translation>Le schéma est à jour (version %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migrated from version %1 to %2: %3</source>
        <translation>Migré de la version %1 à la version %2 : %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Settings: %1</source>
        <translation>Paramètres : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt SQL driver</source>
        <translation>Pilote SQL de Qt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Qt platform plugins</source>
        <translation>Greffons de plateforme Qt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt multimedia</source>
        <translation>Multimédia Qt</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+34"/>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1, schema %2</source>
        <translation>%1, schéma %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database role</source>
        <translation>Rôle dans la base</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>RPC</source>
        <translation>RPC</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>no endpoint configured</source>
        <translation>aucun point d&apos;accès configuré</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: not a JSON-RPC answer</source>
        <translation>%1 : pas une réponse JSON-RPC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: chain %2, expected %3</source>
        <translation>%1 : chaîne %2, %3 attendue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secret storage works</source>
        <translation>Le stockage des secrets fonctionne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cameras</source>
        <translation>Caméras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none found</source>
        <translation>aucune trouvée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All checks passed.</source>
        <translation>Toutes les vérifications ont réussi.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n vérification a échoué.</numerusform>
            <numerusform>%n vérifications ont échoué.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: voucherdesk decode IMAGE...</source>
        <translation>utilisation : voucherdesk decode IMAGE...</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>listen: no database user is configured.</source>
        <translation>listen : aucun utilisateur de base de données n&apos;est configuré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>listen: the chain settings need rpc_urls and token.</source>
        <translation>listen : les paramètres de la chaîne doivent contenir rpc_urls et token.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>listen: the token address %1 is not valid.</source>
        <translation>listen : l&apos;adresse du jeton %1 n&apos;est pas valide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>listen: cannot reach the database: %1</source>
        <translation>listen : base de données injoignable : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>listen: %1</source>
        <translation>listen : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>listen: cannot set up the signal handler.</source>
        <translation>listen : impossible d&apos;installer le gestionnaire de signaux.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>listen: %1 (%2)</source>
        <translation>listen : %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>listen: cannot serve /health on 127.0.0.1:%1</source>
        <translation>listen : impossible de servir /health sur 127.0.0.1:%1</translation>
    </message>
</context>
<context>
    <name>vd::auth</name>
    <message>
        <location filename="../core/auth/Operators.cpp" line="+48"/>
        <source>No database connection.</source>
        <translation>Pas de connexion à la base de données.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password could not be prepared: %1</source>
        <translation>Le mot de passe n&apos;a pas pu être préparé : %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back office</source>
        <translation>Back-office</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chain listener</source>
        <translation>Écoute de la blockchain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web shop</source>
        <translation>Boutique en ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No role</source>
        <translation>Aucun rôle</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The password needs at least 10 characters.</source>
        <translation>Le mot de passe doit comporter au moins 10 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must not start or end with a space.</source>
        <translation>Le mot de passe ne doit ni commencer ni finir par une espace.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The database did not say who you are.</source>
        <translation>La base de données n&apos;a pas indiqué qui vous êtes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The login %1 is not a member of a staff group (reception, back office or administrator). Ask an administrator.</source>
        <translation>L&apos;identifiant %1 n&apos;appartient à aucun groupe du personnel (accueil, back-office ou administrateur). Demandez à un administrateur.</translation>
    </message>
</context>
<context>
    <name>vd::chain::Abi</name>
    <message>
        <location filename="../core/chain/Abi.cpp" line="+20"/>
        <source>The value does not match the ABI type %1.</source>
        <translation>La valeur ne correspond pas au type ABI %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The value does not fit in the ABI type %1.</source>
        <translation>La valeur ne tient pas dans le type ABI %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The ABI data holds an invalid value for type %1.</source>
        <translation>Les données ABI contiennent une valeur invalide pour le type %1.</translation>
    </message>
    <message>
        <location line="+387"/>
        <source>Expected %1 values, got %2.</source>
        <translation>%1 valeurs attendues, %2 reçues.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a valid function or event signature.</source>
        <translation>« %1 » n&apos;est pas une signature de fonction ou d&apos;événement valide.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;%1&quot; is not a list of ABI types.</source>
        <translation>« %1 » n&apos;est pas une liste de types ABI.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The transaction was reverted with an unrecognized error (%1).</source>
        <translation>La transaction a été annulée avec une erreur non reconnue (%1).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The contract refused: %1</source>
        <translation>Le contrat a refusé : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contract failed an internal check (%1, panic code %2).</source>
        <translation>Le contrat a échoué à une vérification interne (%1, code panic %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account %1 lacks role %2.</source>
        <translation>Le compte %1 n&apos;a pas le rôle %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Account %1 has a balance of %2 base units but %3 are needed.</source>
        <translation>Le compte %1 a un solde de %2 unités de base mais %3 sont nécessaires.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spender %1 may spend %2 base units but %3 are needed.</source>
        <translation>Le bénéficiaire %1 peut dépenser %2 unités de base mais %3 sont nécessaires.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens cannot be sent to %1.</source>
        <translation>Impossible d&apos;envoyer des jetons à %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens cannot be sent from %1.</source>
        <translation>Impossible d&apos;envoyer des jetons depuis %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account %1 is frozen.</source>
        <translation>Le compte %1 est gelé.</translation>
    </message>
    <message>
        <location filename="../core/chain/AbiType.cpp" line="+14"/>
        <source>&quot;%1&quot; is not a supported ABI type.</source>
        <translation>« %1 » n&apos;est pas un type ABI pris en charge.</translation>
    </message>
</context>
<context>
    <name>vd::chain::Address</name>
    <message>
        <location filename="../core/chain/Address.cpp" line="+39"/>
        <source>An address is 0x followed by 40 hexadecimal digits; &quot;%1&quot; is not one.</source>
        <translation>Une adresse est 0x suivi de 40 chiffres hexadécimaux ; « %1 » n&apos;en est pas une.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The address %1 has a wrong checksum (mixed upper and lower case that does not match): it was probably mistyped or altered.</source>
        <translation>La somme de contrôle de l&apos;adresse %1 est fausse (majuscules et minuscules qui ne correspondent pas) : elle a probablement été mal saisie ou modifiée.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An address is 20 bytes long, not %1.</source>
        <translation>Une adresse fait 20 octets, pas %1.</translation>
    </message>
</context>
<context>
    <name>vd::chain::ContractReader</name>
    <message>
        <location filename="../core/chain/rpc/ContractReader.cpp" line="+264"/>
        <source>There is no contract at %1 on this chain.</source>
        <translation>Il n&apos;y a pas de contrat à l&apos;adresse %1 sur cette chaîne.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The contract code at %1 changed: its hash is %2, but %3 was pinned. Nothing will be signed until an administrator checks the contract.</source>
        <translation>Le code du contrat à l&apos;adresse %1 a changé : son empreinte est %2, mais %3 était épinglée. Rien ne sera signé tant qu&apos;un administrateur n&apos;aura pas vérifié le contrat.</translation>
    </message>
</context>
<context>
    <name>vd::chain::Hex</name>
    <message>
        <location filename="../core/chain/Hex.cpp" line="+23"/>
        <source>The value is not valid hexadecimal data.</source>
        <translation>La valeur n&apos;est pas une donnée hexadécimale valide.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Expected %1 bytes of hexadecimal data, got %2.</source>
        <translation>%1 octets de données hexadécimales attendus, %2 reçus.</translation>
    </message>
</context>
<context>
    <name>vd::chain::Keystore</name>
    <message>
        <location filename="../core/chain/Keystore.cpp" line="+34"/>
        <source>The keystore file is damaged or not a keystore: %1</source>
        <translation>Le fichier keystore est endommagé ou n&apos;est pas un keystore : %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>field &quot;%1&quot; is missing.</source>
        <translation>le champ « %1 » est manquant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>field &quot;%1&quot; is not valid hex of the right length.</source>
        <translation>le champ « %1 » n&apos;est pas un hexadécimal valide de la bonne longueur.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The keystore uses the cipher &quot;%1&quot;; only aes-128-ctr is supported.</source>
        <translation>Le keystore utilise le chiffrement « %1 » ; seul aes-128-ctr est pris en charge.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The keystore uses the key derivation &quot;%1&quot;; only scrypt and pbkdf2 are supported.</source>
        <translation>Le keystore utilise la dérivation de clé « %1 » ; seuls scrypt et pbkdf2 sont pris en charge.</translation>
    </message>
</context>
<context>
    <name>vd::chain::PrivateKey</name>
    <message>
        <location filename="../core/chain/PrivateKey.cpp" line="+20"/>
        <source>The private key is not a valid secp256k1 key.</source>
        <translation>La clé privée n&apos;est pas une clé secp256k1 valide.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not generate a random key.</source>
        <translation>Impossible de générer une clé aléatoire.</translation>
    </message>
</context>
<context>
    <name>vd::chain::Rlp</name>
    <message>
        <location filename="../core/chain/Rlp.cpp" line="+30"/>
        <source>The RLP data is nested too deeply.</source>
        <translation>Les données RLP sont trop profondément imbriquées.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The RLP data ends before its declared length.</source>
        <translation>Les données RLP se terminent avant leur longueur déclarée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The RLP data is not in canonical (shortest) form.</source>
        <translation>Les données RLP ne sont pas sous forme canonique (la plus courte).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The RLP data declares a length larger than the data.</source>
        <translation>Les données RLP déclarent une longueur supérieure aux données.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The RLP data is empty.</source>
        <translation>Les données RLP sont vides.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The RLP data has bytes after its single item.</source>
        <translation>Les données RLP ont des octets après leur unique élément.</translation>
    </message>
    <message>
        <location filename="../core/chain/RlpItem.cpp" line="+31"/>
        <source>The RLP item is not a canonical integer.</source>
        <translation>L&apos;élément RLP n&apos;est pas un entier canonique.</translation>
    </message>
</context>
<context>
    <name>vd::chain::RpcError</name>
    <message>
        <location filename="../core/chain/rpc/RpcError.cpp" line="+205"/>
        <source>The node refused the log query because the block range is too large; it suggests blocks %1 to %2.</source>
        <translation>Le nœud a refusé la requête de journaux car la plage de blocs est trop grande ; il propose les blocs %1 à %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The node refused the log query because the block range is too large; it allows at most %1 blocks.</source>
        <translation>Le nœud a refusé la requête de journaux car la plage de blocs est trop grande ; il accepte au plus %1 blocs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node refused the log query because the block range is too large.</source>
        <translation>Le nœud a refusé la requête de journaux car la plage de blocs est trop grande.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The node is limiting requests; try again in %1 seconds.</source>
        <translation>Le nœud limite les requêtes ; réessayez dans %1 secondes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node is limiting requests; try again later.</source>
        <translation>Le nœud limite les requêtes ; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node did not answer in time.</source>
        <translation>Le nœud n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node&apos;s TLS certificate could not be verified; the connection was refused.</source>
        <translation>Le certificat TLS du nœud n&apos;a pas pu être vérifié ; la connexion a été refusée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node refused the connection.</source>
        <translation>Le nœud a refusé la connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node&apos;s host name could not be resolved.</source>
        <translation>Le nom d&apos;hôte du nœud n&apos;a pas pu être résolu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node closed the connection before answering.</source>
        <translation>Le nœud a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node could not be reached (%1).</source>
        <translation>Le nœud est injoignable (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node&apos;s server failed (HTTP status %1).</source>
        <translation>Le serveur du nœud a échoué (statut HTTP %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node is unhealthy or behind the chain: %1</source>
        <translation>Le nœud est en mauvais état ou en retard sur la chaîne : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node sent an answer that is not valid JSON.</source>
        <translation>Le nœud a envoyé une réponse qui n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node sent an invalid JSON-RPC answer: %1</source>
        <translation>Le nœud a envoyé une réponse JSON-RPC invalide : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contract refused the call: %1</source>
        <translation>Le contrat a refusé l&apos;appel : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contract refused the call without giving a reason.</source>
        <translation>Le contrat a refusé l&apos;appel sans donner de raison.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The node serves chain %1, but chain %2 is configured; it will not be used.</source>
        <translation>Le nœud sert la chaîne %1, mais la chaîne %2 est configurée ; il ne sera pas utilisé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node serves a different chain than the configured one; it will not be used.</source>
        <translation>Le nœud sert une autre chaîne que celle configurée ; il ne sera pas utilisé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node refused access (HTTP status %1); check the API key of this RPC endpoint.</source>
        <translation>Le nœud a refusé l&apos;accès (statut HTTP %1) ; vérifiez la clé d&apos;API de ce point d&apos;accès RPC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node rejected the request as invalid: %1</source>
        <translation>Le nœud a rejeté la requête comme invalide : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node returned an error: %1</source>
        <translation>Le nœud a renvoyé une erreur : %1</translation>
    </message>
</context>
<context>
    <name>vd::chain::Safe</name>
    <message>
        <location filename="../core/chain/SafeBatchExport.cpp" line="+84"/>
        <source>The method %1 cannot be written to a Safe batch file.</source>
        <translation>La méthode %1 ne peut pas être écrite dans un lot Safe.</translation>
    </message>
</context>
<context>
    <name>vd::chain::SafeMintVerifier</name>
    <message>
        <location filename="../core/chain/SafeMintVerifier.cpp" line="+97"/>
        <source>The transaction was executed by a different Safe, not %1.</source>
        <translation>La transaction a été exécutée par un autre Safe, pas %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Safe executed a different transaction than the proposal %1.</source>
        <translation>Le Safe a exécuté une autre transaction que la proposition %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Safe transaction minted to %1 instead of (or besides) %2.</source>
        <translation>La transaction Safe a émis des jetons vers %1 au lieu de (ou en plus de) %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The transaction minted nothing of the token %1.</source>
        <translation>La transaction n&apos;a émis aucun jeton %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Safe transaction minted %1 base units, but the deposit is for %2.</source>
        <translation>La transaction Safe a émis %1 unités de base, mais le dépôt est de %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The transaction has %1 of the %2 confirmations required; check again later.</source>
        <translation>La transaction a %1 des %2 confirmations requises ; vérifiez plus tard.</translation>
    </message>
</context>
<context>
    <name>vd::chain::Signer</name>
    <message>
        <location filename="../core/chain/Signer.cpp" line="+41"/>
        <source>Signing failed.</source>
        <translation>La signature a échoué.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The signature is not valid.</source>
        <translation>La signature n&apos;est pas valide.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The public key is not a valid uncompressed key.</source>
        <translation>La clé publique n&apos;est pas une clé non compressée valide.</translation>
    </message>
</context>
<context>
    <name>vd::chain::TxSender</name>
    <message>
        <location filename="../core/chain/rpc/TxSender.cpp" line="+91"/>
        <source>The fee needed now, %1 gwei per gas, is above your cap of %2 gwei. Raise the cap or try again when fees are lower.</source>
        <translation>Les frais actuels, %1 gwei par gas, dépassent votre plafond de %2 gwei. Relevez le plafond ou réessayez quand les frais auront baissé.</translation>
    </message>
</context>
<context>
    <name>vd::chain::U256</name>
    <message>
        <location filename="../core/chain/U256.cpp" line="+95"/>
        <location line="+44"/>
        <source>The number does not fit in 256 bits.</source>
        <translation>Le nombre ne tient pas sur 256 bits.</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+13"/>
        <source>The value is not a 0x-prefixed hexadecimal number.</source>
        <translation>La valeur n&apos;est pas un nombre hexadécimal préfixé par 0x.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The token has an unsupported number of decimals.</source>
        <translation>Le jeton a un nombre de décimales non pris en charge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter an amount.</source>
        <translation>Saisissez un montant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <location line="+9"/>
        <source>The amount must be a plain number like 12.5 (digits and one decimal point).</source>
        <translation>Le montant doit être un nombre simple comme 12.5 (des chiffres et un point décimal).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The amount has more than %n decimal place(s).</source>
        <translation>
            <numerusform>Le montant a plus de %n décimale.</numerusform>
            <numerusform>Le montant a plus de %n décimales.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount is too large.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
</context>
<context>
    <name>vd::config</name>
    <message>
        <location filename="../core/config/AppConfig.cpp" line="+84"/>
        <source>The settings could not be saved to %1 (%2).</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés dans %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not writable</source>
        <translation>accès en écriture refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format error</source>
        <translation>erreur de format</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>BNB Chain (56)</source>
        <translation>BNB Chain (56)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BNB Chain testnet (97)</source>
        <translation>BNB Chain testnet (97)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base (8453)</source>
        <translation>Base (8453)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base Sepolia (84532)</source>
        <translation>Base Sepolia (84532)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local test chain (31337)</source>
        <translation>Chaîne de test locale (31337)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chain %1</source>
        <translation>Chaîne %1</translation>
    </message>
    <message>
        <location filename="../core/config/RpcSecrets.cpp" line="+66"/>
        <location line="+25"/>
        <source>The keychain did not answer.</source>
        <translation>Le trousseau n&apos;a pas répondu.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>This RPC URL contains an API key and must be kept in the keychain, which is not available: %1</source>
        <translation>Cette URL RPC contient une clé d&apos;API et doit être conservée dans le trousseau, qui n&apos;est pas disponible : %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The RPC endpoint %1 is kept in the keychain, which could not be read: %2</source>
        <translation>Le point d&apos;accès RPC %1 est conservé dans le trousseau, qui n&apos;a pas pu être lu : %2</translation>
    </message>
</context>
<context>
    <name>vd::config::SecretStore</name>
    <message>
        <location filename="../core/config/SecretStore.cpp" line="+22"/>
        <source>No saved secret was found in the keychain.</source>
        <translation>Aucun secret enregistré n&apos;a été trouvé dans le trousseau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain refused access.</source>
        <translation>Le trousseau a refusé l&apos;accès.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain is available on this computer; passwords will be asked each time.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur ; les mots de passe seront demandés à chaque fois.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur : %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The keychain did not answer within %1 s.</source>
        <translation>Le trousseau n&apos;a pas répondu dans les %1 s.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The keychain returned a different value than was stored.</source>
        <translation>Le trousseau a renvoyé une autre valeur que celle enregistrée.</translation>
    </message>
</context>
<context>
    <name>vd::dashboard::DashboardWorker</name>
    <message>
        <location filename="../core/dashboard/DashboardWorker.cpp" line="+69"/>
        <source>The database cannot be reached.</source>
        <translation>La base de données est injoignable.</translation>
    </message>
</context>
<context>
    <name>vd::db</name>
    <message>
        <location filename="../core/db/Database.cpp" line="+21"/>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed.</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n&apos;est pas installé.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The database refused the user name or password.</source>
        <translation>La base de données a refusé l&apos;identifiant ou le mot de passe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to the database could not be verified: %1</source>
        <translation>La connexion sécurisée à la base de données n&apos;a pas pu être vérifiée : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your database role is not allowed to do this: %1</source>
        <translation>Votre rôle dans la base de données ne permet pas cette action : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This already exists: %1</source>
        <translation>Cela existe déjà : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database refused the change: %1</source>
        <translation>La base de données a refusé la modification : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database cannot be reached: %1</source>
        <translation>La base de données est injoignable : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database error: %1</source>
        <translation>Erreur de base de données : %1</translation>
    </message>
</context>
<context>
    <name>vd::db::Migrator</name>
    <message>
        <location filename="../core/db/Migrator.cpp" line="+37"/>
        <source>No database connection.</source>
        <translation>Pas de connexion à la base de données.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The database has schema version %1 but this VoucherDesk only knows up to %2. Install the newer VoucherDesk before using this database.</source>
        <translation>La base de données a la version de schéma %1, mais ce VoucherDesk ne connaît que jusqu&apos;à la %2. Installez la nouvelle version de VoucherDesk avant d&apos;utiliser cette base.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database has schema version %1; this VoucherDesk needs %2. Run `voucherdesk migrate` (as the database owner).</source>
        <translation>La base de données a la version de schéma %1 ; ce VoucherDesk a besoin de la %2. Exécutez `voucherdesk migrate` (en tant que propriétaire de la base).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The database has schema version %1 but this VoucherDesk only knows up to %2; nothing was changed.</source>
        <translation>La base de données a la version de schéma %1, mais ce VoucherDesk ne connaît que jusqu&apos;à la %2 ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Migration %1 was applied from a different file than this VoucherDesk carries.</source>
        <translation>La migration %1 a été appliquée depuis un autre fichier que celui de ce VoucherDesk.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>La migration %1 (%2) a échoué : %3</translation>
    </message>
</context>
<context>
    <name>vd::deposits</name>
    <message>
        <location filename="../core/deposits/DepositCsv.cpp" line="+87"/>
        <source>A quoted field that starts on line %1 never ends.</source>
        <translation>Un champ entre guillemets commençant à la ligne %1 n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The first line must name the columns: customer, wallet, fiat_amount, currency (optional: token_amount, payment_id).</source>
        <translation>La première ligne doit nommer les colonnes : customer, wallet, fiat_amount, currency (facultatives : token_amount, payment_id).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The customer&apos;s name is missing.</source>
        <translation>Le nom du client est manquant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer&apos;s name is longer than 200 characters.</source>
        <translation>Le nom du client dépasse 200 caractères.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The zero address cannot receive tokens.</source>
        <translation>L&apos;adresse zéro ne peut pas recevoir de jetons.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fiat amount %1 is negative.</source>
        <translation>Le montant en monnaie %1 est négatif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fiat amount &quot;%1&quot; is not an amount with at most two decimals.</source>
        <translation>Le montant en monnaie « %1 » n&apos;est pas un montant avec au plus deux décimales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fiat amount must be more than zero.</source>
        <translation>Le montant en monnaie doit être supérieur à zéro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a currency code (three letters, e.g. EUR).</source>
        <translation>« %1 » n&apos;est pas un code de devise (trois lettres, p. ex. EUR).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token amount %1 is negative.</source>
        <translation>Le montant en jetons %1 est négatif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token amount &quot;%1&quot; is not an amount with at most %2 decimals.</source>
        <translation>Le montant en jetons « %1 » n&apos;est pas un montant avec au plus %2 décimales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token amount must be more than zero.</source>
        <translation>Le montant en jetons doit être supérieur à zéro.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expected %1 fields as in the header, found %2.</source>
        <translation>%1 champs attendus comme dans l&apos;en-tête, %2 trouvés.</translation>
    </message>
</context>
<context>
    <name>vd::deposits::DepositWorker</name>
    <message>
        <location filename="../core/deposits/DepositWorker.cpp" line="+128"/>
        <source>Your database role may not do this (%1).</source>
        <translation>Votre rôle dans la base de données ne permet pas cette action (%1).</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>The database gave no answer.</source>
        <translation>La base de données n&apos;a donné aucune réponse.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Deposit %1 created for %2: %3 tokens.</source>
        <translation>Dépôt %1 créé pour %2 : %3 jetons.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file has no lines.</source>
        <translation>Le fichier ne contient aucune ligne.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The file has a header but no deposits.</source>
        <translation>Le fichier a un en-tête mais aucun dépôt.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Payment %1 recorded on deposit %2.</source>
        <translation>Paiement %1 enregistré sur le dépôt %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deposit %1 cancelled.</source>
        <translation>Dépôt %1 annulé.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deposit %1 is ready to mint directly (below the Safe threshold).</source>
        <translation>Le dépôt %1 est prêt pour une émission directe (sous le seuil du Safe).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposit %1 is at or above the Safe threshold: it is minted through a Safe proposal.</source>
        <translation>Le dépôt %1 atteint ou dépasse le seuil du Safe : ses jetons sont émis via une proposition Safe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deposit %1 would pass today&apos;s issuance cap. It waits, over the cap, until the next UTC day or a raised cap.</source>
        <translation>Le dépôt %1 dépasserait le plafond d&apos;émission du jour. Il attend, bloqué par le plafond, jusqu&apos;au prochain jour UTC ou jusqu&apos;au relèvement du plafond.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a token amount.</source>
        <translation>« %1 » n&apos;est pas un montant en jetons.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The daily cap is off.</source>
        <translation>Le plafond quotidien est désactivé.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The daily cap is now %1 tokens; %n capped deposit(s) released.</source>
        <translation>
            <numerusform>Le plafond quotidien est maintenant de %1 jetons ; %n dépôt bloqué par le plafond a été libéré.</numerusform>
            <numerusform>Le plafond quotidien est maintenant de %1 jetons ; %n dépôts bloqués par le plafond ont été libérés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Minting is paused on every workstation.</source>
        <translation>L&apos;émission de jetons est suspendue sur tous les postes.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minting is allowed again.</source>
        <translation>L&apos;émission de jetons est de nouveau autorisée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a rate above zero.</source>
        <translation>« %1 » n&apos;est pas un taux supérieur à zéro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The rate for %1 is saved.</source>
        <translation>Le taux pour %1 est enregistré.</translation>
    </message>
</context>
<context>
    <name>vd::deposits::Status</name>
    <message>
        <location filename="../core/deposits/DepositTypes.cpp" line="+17"/>
        <source>Submitted</source>
        <translation>Saisis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment confirmed</source>
        <translation>Paiement confirmé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mint pending</source>
        <translation>Émission à faire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minting</source>
        <translation>Émission en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minted</source>
        <translation>Émis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mint failed</source>
        <translation>Émission échouée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs Safe</source>
        <translation>Via le Safe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over daily cap</source>
        <translation>Plafond dépassé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulés</translation>
    </message>
</context>
<context>
    <name>vd::health::HealthMonitor</name>
    <message>
        <location filename="../core/health/HealthMonitor.cpp" line="+72"/>
        <source>Connected to %1 (schema %2)</source>
        <translation>Connecté à %1 (schéma %2)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Chain listener silent for %1 s</source>
        <translation>Écoute de la blockchain muette depuis %1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chain listener %1, %2 blocks behind</source>
        <translation>Écoute de la blockchain %1, %2 blocs de retard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No chain listener has reported yet</source>
        <translation>Aucune écoute de la blockchain ne s&apos;est encore signalée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No RPC endpoint configured</source>
        <translation>Aucun point d&apos;accès RPC configuré</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>RPC endpoint %1 unreachable: %2</source>
        <translation>Point d&apos;accès RPC %1 injoignable : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RPC endpoint gave an invalid answer</source>
        <translation>Le point d&apos;accès RPC a donné une réponse invalide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong chain: the endpoint serves chain %1, expected %2</source>
        <translation>Mauvaise chaîne : le point d&apos;accès sert la chaîne %1, %2 attendue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, block %2</source>
        <translation>%1, bloc %2</translation>
    </message>
</context>
<context>
    <name>vd::listener::ListenerWorker</name>
    <message>
        <location filename="../core/listener/ListenerWorker.cpp" line="+123"/>
        <source>The token address in the settings is not valid: %1</source>
        <translation>L&apos;adresse du jeton dans les paramètres n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Safe address in the settings is not valid: %1</source>
        <translation>L&apos;adresse du Safe dans les paramètres n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No RPC endpoint is configured.</source>
        <translation>Aucun point d&apos;accès RPC n&apos;est configuré.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The RPC endpoint serves chain %1, but chain %2 is configured. The listener stopped.</source>
        <translation>Le point d&apos;accès RPC sert la chaîne %1, mais la chaîne %2 est configurée. L&apos;écoute s&apos;est arrêtée.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no contract at %1 on this chain. The listener stopped.</source>
        <translation>Il n&apos;y a pas de contrat à l&apos;adresse %1 sur cette chaîne. L&apos;écoute s&apos;est arrêtée.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The pinned code hash in the settings is not valid.</source>
        <translation>L&apos;empreinte de code épinglée dans les paramètres n&apos;est pas valide.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The contract code at %1 changed: its hash is 0x%2, but 0x%3 was pinned. The listener stopped; an administrator must check the contract.</source>
        <translation>Le code du contrat à l&apos;adresse %1 a changé : son empreinte est 0x%2, mais 0x%3 était épinglée. L&apos;écoute s&apos;est arrêtée ; un administrateur doit vérifier le contrat.</translation>
    </message>
    <message>
        <location line="+505"/>
        <source>A chain reorganisation reached block %1, below the finalized block %2. The listener stopped and waits for an operator (replay from a block to resume).</source>
        <translation>Une réorganisation de la chaîne a atteint le bloc %1, sous le bloc finalisé %2. L&apos;écoute s&apos;est arrêtée et attend un opérateur (relecture depuis un bloc pour reprendre).</translation>
    </message>
</context>
<context>
    <name>vd::mint</name>
    <message>
        <location filename="../core/mint/MintTypes.cpp" line="+51"/>
        <source>Minting is paused by an administrator; nothing was sent.</source>
        <translation>L&apos;émission de jetons est suspendue par un administrateur ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This deposit already has a mint transaction on its way; use Retry to find out what became of it.</source>
        <translation>Ce dépôt a déjà une transaction d&apos;émission en cours ; utilisez Réessayer pour savoir ce qu&apos;elle est devenue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deposit is not in a state that allows this any more (someone else may have changed it); it has been reloaded.</source>
        <translation>L&apos;état du dépôt ne permet plus cette action (quelqu&apos;un d&apos;autre l&apos;a peut-être modifié) ; il a été rechargé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This amount is at or above the Safe threshold: it must be minted through the Safe.</source>
        <translation>Ce montant atteint ou dépasse le seuil du Safe : l&apos;émission doit passer par le Safe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minter&apos;s nonce is already used by another deposit&apos;s mint; nothing was sent.</source>
        <translation>Le nonce du compte émetteur est déjà utilisé par l&apos;émission d&apos;un autre dépôt ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This deposit does not exist.</source>
        <translation>Ce dépôt n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mint attempt does not exist.</source>
        <translation>Cette tentative d&apos;émission n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This mint attempt is already closed.</source>
        <translation>Cette tentative d&apos;émission est déjà close.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This mint attempt was already sent.</source>
        <translation>Cette tentative d&apos;émission a déjà été envoyée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This transaction is already recorded for another mint.</source>
        <translation>Cette transaction est déjà enregistrée pour une autre émission.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This deposit is already minted.</source>
        <translation>Les jetons de ce dépôt sont déjà émis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request was incomplete; nothing was changed.</source>
        <translation>La demande était incomplète ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proposal for this deposit is already waiting for the Safe&apos;s owners at this or a later Safe nonce.</source>
        <translation>Une proposition pour ce dépôt attend déjà les propriétaires du Safe, à ce nonce Safe ou à un nonce ultérieur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Safe already executed a proposal for this deposit: verify and record that execution instead.</source>
        <translation>Le Safe a déjà exécuté une proposition pour ce dépôt : vérifiez et enregistrez plutôt cette exécution.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export a Safe proposal for this deposit first; an execution is checked against it.</source>
        <translation>Exportez d&apos;abord une proposition Safe pour ce dépôt ; toute exécution est vérifiée par rapport à elle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator may record a Safe execution.</source>
        <translation>Seul un administrateur peut enregistrer une exécution du Safe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The listener saw this proposal executed in another transaction; use that one.</source>
        <translation>L&apos;écoute de la blockchain a vu cette proposition exécutée dans une autre transaction ; utilisez plutôt celle-là.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing is not available on this workstation.</source>
        <translation>La signature n&apos;est pas disponible sur ce poste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No minter keystore is configured (Settings).</source>
        <translation>Aucun fichier de clé du compte émetteur n&apos;est configuré (Paramètres).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No token contract is configured (Settings).</source>
        <translation>Aucun contrat de jeton n&apos;est configuré (Paramètres).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mint was not prepared (or was cancelled); start again.</source>
        <translation>L&apos;émission n&apos;a pas été préparée (ou a été annulée) ; recommencez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no transaction of this session to speed up; use Retry to check the earlier attempt.</source>
        <translation>Aucune transaction de cette session à accélérer ; utilisez Réessayer pour vérifier la tentative précédente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused: this hash is not a mined transaction.</source>
        <translation>Refusé : ce hash ne correspond à aucune transaction minée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the transaction failed on chain.</source>
        <translation>Refusé : la transaction a échoué sur la blockchain.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the Safe reported ExecutionFailure.</source>
        <translation>Refusé : le Safe a signalé ExecutionFailure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: this is not a Safe execution.</source>
        <translation>Refusé : ce n&apos;est pas une exécution du Safe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: executed by another Safe than ours.</source>
        <translation>Refusé : exécutée par un autre Safe que le nôtre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: the Safe executed a different proposal.</source>
        <translation>Refusé : le Safe a exécuté une autre proposition.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: it did not mint our token.</source>
        <translation>Refusé : elle n&apos;a pas émis notre jeton.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: it minted to another address than the deposit&apos;s.</source>
        <translation>Refusé : elle a émis vers une autre adresse que celle du dépôt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: it minted a different amount than the deposit&apos;s.</source>
        <translation>Refusé : elle a émis un autre montant que celui du dépôt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet: its block is no longer on the main chain.</source>
        <translation>Pas encore : son bloc n&apos;est plus sur la chaîne principale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet: the transaction is not deep enough.</source>
        <translation>Pas encore : la transaction n&apos;a pas assez de confirmations.</translation>
    </message>
</context>
<context>
    <name>vd::mint::MintChainWorker</name>
    <message>
        <location filename="../core/mint/MintChainWorker.cpp" line="+69"/>
        <source>The node did not report its latest block.</source>
        <translation>Le nœud n&apos;a pas indiqué son dernier bloc.</translation>
    </message>
</context>
<context>
    <name>vd::mint::MintService</name>
    <message>
        <location filename="../core/mint/MintService.cpp" line="+168"/>
        <source>VoucherDesk token</source>
        <translation>Jeton VoucherDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to (deposit %1)</source>
        <translation>destinataire (dépôt %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 tokens (%2 base units)</source>
        <translation>%1 jetons (%2 unités de base)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The minter&apos;s next nonce is %1, but the dropped attempt used %2; nothing was sent. Wait for the minter&apos;s pending transactions, then retry.</source>
        <translation>Le prochain nonce du compte émetteur est %1, mais la tentative abandonnée utilisait %2 ; rien n&apos;a été envoyé. Attendez les transactions en attente du compte émetteur, puis réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The minter %1 has %2, less than this transaction may cost (%3); nothing was sent. Top up the minter&apos;s gas first.</source>
        <translation>Le compte émetteur %1 dispose de %2, moins que ce que cette transaction peut coûter (%3) ; rien n&apos;a été envoyé. Approvisionnez d&apos;abord le compte émetteur en gas.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Cancelled before signing; nothing was sent.</source>
        <translation>Annulé avant la signature ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>No earlier attempt was sent: mint again.</source>
        <translation>Aucune tentative précédente n&apos;a été envoyée : relancez l&apos;émission.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The earlier attempt %1 was mined in block %2: recorded as minted, nothing sent again.</source>
        <translation>La tentative précédente %1 a été minée dans le bloc %2 : enregistrée comme émise, rien n&apos;a été renvoyé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The earlier attempt was mined but reverted (nothing minted): mint again.</source>
        <translation>La tentative précédente a été minée mais annulée (aucun jeton émis) : relancez l&apos;émission.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The transaction reverted on chain.</source>
        <translation>La transaction a été annulée sur la blockchain.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The earlier attempt is still waiting in the network: speed it up (same nonce, higher fee) or wait.</source>
        <translation>La tentative précédente attend toujours dans le réseau : accélérez-la (même nonce, frais plus élevés) ou patientez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The earlier attempt is still waiting in the network: wait for it, then retry again.</source>
        <translation>La tentative précédente attend toujours dans le réseau : attendez-la, puis réessayez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The earlier attempt never reached the chain and its nonce %1 is free: mint again, with the same nonce.</source>
        <translation>La tentative précédente n&apos;a jamais atteint la blockchain et son nonce %1 est libre : relancez l&apos;émission avec le même nonce.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dropped by the network (not on chain); to be sent again with the same nonce.</source>
        <translation>Abandonnée par le réseau (absente de la blockchain) ; à renvoyer avec le même nonce.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The mint was found on chain in transaction %1 (sent with nonce %2; its hash had not been recorded): recorded as minted, nothing sent again.</source>
        <translation>L&apos;émission a été trouvée sur la blockchain dans la transaction %1 (envoyée avec le nonce %2 ; son hash n&apos;avait pas été enregistré) : enregistrée comme émise, rien n&apos;a été renvoyé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The minter&apos;s nonce %1 was used by a transaction that is not a recorded attempt, and no mint of %2 to %3 sent with that nonce is known. Nothing was sent: find out what used the nonce (block explorer, listener) before minting again.</source>
        <translation>Le nonce %1 du compte émetteur a été utilisé par une transaction qui n&apos;est pas une tentative enregistrée, et aucune émission de %2 vers %3 envoyée avec ce nonce n&apos;est connue. Rien n&apos;a été envoyé : découvrez ce qui a utilisé ce nonce (explorateur de blocs, écoute de la blockchain) avant de relancer l&apos;émission.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Mint for deposit %1</source>
        <translation>Émission pour le dépôt %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The proposal was recorded but the file %1 could not be written: %2. Export it again to another place.</source>
        <translation>La proposition a été enregistrée mais le fichier %1 n&apos;a pas pu être écrit : %2. Exportez-la de nouveau vers un autre emplacement.</translation>
    </message>
</context>
<context>
    <name>vd::mint::MintWorker</name>
    <message>
        <location filename="../core/mint/MintWorker.cpp" line="+207"/>
        <source>The database gave no answer.</source>
        <translation>La base de données n&apos;a donné aucune réponse.</translation>
    </message>
</context>
<context>
    <name>vd::office::OfficeWorker</name>
    <message>
        <location filename="../core/office/OfficeWorker.cpp" line="+136"/>
        <source>&quot;%1&quot; is not the start of an order code (VD1-, 0x or hexadecimal digits).</source>
        <translation>« %1 » n&apos;est pas le début d&apos;un code de commande (VD1-, 0x ou chiffres hexadécimaux).</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Order %1 does not exist.</source>
        <translation>La commande %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>back office</source>
        <translation>back-office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web shop</source>
        <translation>boutique en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV import</source>
        <translation>import CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sample data</source>
        <translation>données d&apos;exemple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created by %1 (%2)</source>
        <translation>Créée par %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 tokens%3</source>
        <translation>%1 — %2 jetons%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, for %1</source>
        <translation>, pour %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+17"/>
        <source>Redeemed on chain: %1 tokens</source>
        <translation>Payé sur la blockchain : %1 jetons</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Block %2, %3 confirmations; from %4, transaction %1</source>
        <translation>Bloc %2, %3 confirmations ; depuis %4, transaction %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Block %2 (not the redemption that counts); from %3, transaction %1</source>
        <translation>Bloc %2 (pas le paiement qui compte) ; depuis %3, transaction %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>VALID: paid and confirmed on chain</source>
        <translation>VALIDE : payée et confirmée sur la blockchain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 tokens redeemed for %2 due</source>
        <translation>%1 jetons payés pour %2 dus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scanned at desk %1 by %2</source>
        <translation>Scannée au poste %1 par %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read by %1; the desk saw %2</source>
        <translation>Lue par %1 ; le poste a affiché %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>DELIVERED by %1 at desk %2</source>
        <translation>LIVRÉ par %1 au poste %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No note.</source>
        <translation>Aucune remarque.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desk re-checked the redemption on chain first.</source>
        <translation>Le poste a d&apos;abord revérifié le paiement sur la blockchain.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desk did not re-check on chain (no answer in time).</source>
        <translation>Le poste n&apos;a pas revérifié sur la blockchain (pas de réponse à temps).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CANCELLED by %1</source>
        <translation>ANNULÉ par %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CANCELLED by %1 at %2</source>
        <translation>ANNULÉ par %1 à %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Validity ended</source>
        <translation>Fin de validité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order expired without a redemption in time.</source>
        <translation>La commande a expiré sans avoir été payée à temps.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Say what is to be handed over (up to 500 characters).</source>
        <translation>Indiquez ce qui doit être remis (500 caractères au maximum).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The amount must be a number of tokens above zero with at most %1 decimals.</source>
        <translation>Le montant doit être un nombre de jetons supérieur à zéro, avec au plus %1 décimales.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The expiry is in the past.</source>
        <translation>La date d&apos;expiration est dans le passé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+39"/>
        <location line="+283"/>
        <location line="+58"/>
        <source>The database gave no answer.</source>
        <translation>La base de données n&apos;a donné aucune réponse.</translation>
    </message>
    <message>
        <location line="-373"/>
        <source>The new order could not be read back.</source>
        <translation>La nouvelle commande n&apos;a pas pu être relue.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A cancellation needs a reason.</source>
        <translation>Une annulation nécessite un motif.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This order was delivered; a delivered order can never be cancelled.</source>
        <translation>Cette commande a été livrée ; une commande livrée ne peut jamais être annulée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This order is already cancelled.</source>
        <translation>Cette commande est déjà annulée.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is larger than 20 MB; split it into smaller files.</source>
        <translation>%1 dépasse 20 Mo ; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An order with this code already exists.</source>
        <translation>Une commande avec ce code existe déjà.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database went away at line %1; %2 orders were created before that.</source>
        <translation>La connexion à la base de données a été perdue à la ligne %1 ; %2 commandes avaient été créées auparavant.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+19"/>
        <location line="+116"/>
        <location line="+15"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No token contract is configured (Settings).</source>
        <translation>Aucun contrat de jeton n&apos;est configuré (Paramètres).</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Say why this mint has no deposit (at least a few words); the reason is kept in the audit.</source>
        <translation>Indiquez pourquoi cette émission n&apos;a pas de dépôt (au moins quelques mots) ; le motif est conservé dans l&apos;audit.</translation>
    </message>
</context>
<context>
    <name>vd::office::OrderImport</name>
    <message>
        <location filename="../core/office/OrderImport.cpp" line="+54"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The first line must name the columns; &quot;item&quot; and &quot;amount&quot; are required.</source>
        <translation>La première ligne doit nommer les colonnes ; « item » et « amount » sont obligatoires.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No item: say what is to be handed over.</source>
        <translation>Aucun article : indiquez ce qui doit être remis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The item text is longer than 500 characters.</source>
        <translation>Le texte de l&apos;article dépasse 500 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No amount.</source>
        <translation>Aucun montant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amount &quot;%1&quot; is not a number of tokens with at most %2 decimals.</source>
        <translation>Le montant « %1 » n&apos;est pas un nombre de jetons avec au plus %2 décimales.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The order code &quot;%1&quot; is not valid: %2</source>
        <translation>Le code de commande « %1 » n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same order code appears earlier in the file.</source>
        <translation>Le même code de commande figure plus haut dans le fichier.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The expiry &quot;%1&quot; is not a date and time like 2026-12-31T18:00Z.</source>
        <translation>L&apos;expiration « %1 » n&apos;est pas une date et une heure comme 2026-12-31T18:00Z.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The expiry %1 is already past.</source>
        <translation>L&apos;expiration %1 est déjà passée.</translation>
    </message>
</context>
<context>
    <name>vd::office::SupplyReadWorker</name>
    <message>
        <location filename="../core/office/SupplyReadWorker.cpp" line="+26"/>
        <source>No blockchain endpoint or token contract is configured (Settings).</source>
        <translation>Aucun point d&apos;accès blockchain ni contrat de jeton n&apos;est configuré (Paramètres).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The blockchain did not answer within %1 s.</source>
        <translation>La blockchain n&apos;a pas répondu dans les %1 s.</translation>
    </message>
</context>
<context>
    <name>vd::orders::DeskWorker</name>
    <message>
        <location filename="../core/orders/DeskWorker.cpp" line="+83"/>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Unknown order status %1</source>
        <translation>Statut de commande inconnu %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The database gave no answer to the delivery.</source>
        <translation>La base de données n&apos;a donné aucune réponse à la livraison.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The order is %1 and cannot be delivered.</source>
        <translation>La commande est %1 et ne peut pas être livrée.</translation>
    </message>
</context>
<context>
    <name>vd::orders::RedemptionCheckWorker</name>
    <message>
        <location filename="../core/orders/RedemptionCheckWorker.cpp" line="+74"/>
        <source>No blockchain endpoint is configured; delivered on the database&apos;s word.</source>
        <translation>Aucun point d&apos;accès blockchain n&apos;est configuré ; livré sur la foi de la base de données.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The blockchain did not answer within %1 ms; delivered on the database&apos;s word.</source>
        <translation>La blockchain n&apos;a pas répondu dans les %1 ms ; livré sur la foi de la base de données.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The blockchain could not be asked (%1); delivered on the database&apos;s word.</source>
        <translation>La blockchain n&apos;a pas pu être interrogée (%1) ; livré sur la foi de la base de données.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the endpoint serves chain %1, not %2</source>
        <translation>le point d&apos;accès sert la chaîne %1, pas %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The blockchain has no redemption for this order.</source>
        <translation>La blockchain n&apos;a aucun paiement pour cette commande.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The redemption transaction %1 is not on the blockchain.</source>
        <translation>La transaction de paiement %1 n&apos;est pas sur la blockchain.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The redemption transaction %1 failed on the blockchain.</source>
        <translation>La transaction de paiement %1 a échoué sur la blockchain.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The transaction %1 does not redeem this order with our token.</source>
        <translation>La transaction %1 ne paie pas cette commande avec notre jeton.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The block %1 holding the redemption is no longer on the main chain.</source>
        <translation>Le bloc %1 contenant le paiement n&apos;est plus sur la chaîne principale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redemption confirmed on the blockchain (block %1).</source>
        <translation>Paiement confirmé sur la blockchain (bloc %1).</translation>
    </message>
</context>
<context>
    <name>vd::scan::ImageDecodeReport</name>
    <message>
        <location filename="../core/scan/ImageDecodeReport.cpp" line="+58"/>
        <source>The file could not be read as an image.</source>
        <translation>Le fichier n&apos;a pas pu être lu comme une image.</translation>
    </message>
</context>
<context>
    <name>vd::scan::PayloadParser</name>
    <message>
        <location filename="../core/scan/PayloadParser.cpp" line="+60"/>
        <source>Not an order code: it does not start with VD1- or 0x.</source>
        <translation>Pas un code de commande : il ne commence pas par VD1- ni par 0x.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not an order code: expected %1 hex digits after the prefix, found %2.</source>
        <translation>Pas un code de commande : %1 chiffres hexadécimaux attendus après le préfixe, %2 trouvés.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not an order code: &quot;%1&quot; is not a hex digit.</source>
        <translation>Pas un code de commande : « %1 » n&apos;est pas un chiffre hexadécimal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+19"/>
        <source>Not an order code: upper and lower case letters are mixed.</source>
        <translation>Pas un code de commande : majuscules et minuscules sont mélangées.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+139"/>
        <source>Not an order code: the scanner seems to type with a different keyboard layout (AZERTY?). Set the scanner to the keyboard layout of this computer.</source>
        <translation>Pas un code de commande : le lecteur semble taper avec une autre disposition de clavier (AZERTY ?). Réglez le lecteur sur la disposition de clavier de cet ordinateur.</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Not an order code: links with a query (&quot;?&quot;) are not accepted.</source>
        <translation>Pas un code de commande : les liens avec une requête (« ? ») ne sont pas acceptés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an order code: links with a fragment (&quot;#&quot;) are not accepted.</source>
        <translation>Pas un code de commande : les liens avec un fragment (« # ») ne sont pas acceptés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an order code: links with a user name (&quot;@&quot;) are not accepted.</source>
        <translation>Pas un code de commande : les liens avec un nom d&apos;utilisateur (« @ ») ne sont pas acceptés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not an order code: links with escaped characters (&quot;%&quot;) are not accepted.</source>
        <translation>Pas un code de commande : les liens avec des caractères échappés (« % ») ne sont pas acceptés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not an order code: the link does not end with an order code.</source>
        <translation>Pas un code de commande : le lien ne se termine pas par un code de commande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not an order code: the link is malformed.</source>
        <translation>Pas un code de commande : le lien est mal formé.</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+65"/>
        <source>Not an order code: it is longer than %1 characters.</source>
        <translation>Pas un code de commande : il dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Not an order code: nothing was read.</source>
        <translation>Pas un code de commande : rien n&apos;a été lu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not an order code: it contains control characters.</source>
        <translation>Pas un code de commande : il contient des caractères de contrôle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not an order code: it contains invisible or text-direction characters.</source>
        <translation>Pas un code de commande : il contient des caractères invisibles ou de sens d&apos;écriture.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not an order code: it contains characters other than plain letters and digits.</source>
        <translation>Pas un code de commande : il contient d&apos;autres caractères que des lettres et des chiffres simples.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not an order code: &quot;%1&quot; links are not accepted.</source>
        <translation>Pas un code de commande : les liens « %1 » ne sont pas acceptés.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not an order code: it contains binary data.</source>
        <translation>Pas un code de commande : il contient des données binaires.</translation>
    </message>
</context>
<context>
    <name>vd::signing::SigningService</name>
    <message>
        <location filename="../core/signing/SigningService.cpp" line="+126"/>
        <source>The key file %1 cannot be read: %2</source>
        <translation>Le fichier de clé %1 ne peut pas être lu : %2</translation>
    </message>
</context>
<context>
    <name>vd::ui::ActionDialog</name>
    <message>
        <location filename="../ui/contract/ActionDialog.cpp" line="+25"/>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The contract&apos;s code hash is not verified against the pinned one: signing is refused until it is (see the Contract page).</source>
        <translation>L&apos;empreinte de code du contrat n&apos;est pas vérifiée par rapport à celle épinglée : la signature est refusée tant qu&apos;elle ne l&apos;est pas (voir la page Contrat).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Sign now&lt;/b&gt;: the loaded key signs and sends it at once (emergency path).&lt;br&gt;&lt;b&gt;Propose to Safe&lt;/b&gt;: a file for the Safe&apos;s owners to import and sign; it happens when they execute it.</source>
        <translation>&lt;b&gt;Signer maintenant&lt;/b&gt; : la clé chargée signe et envoie immédiatement (procédure d&apos;urgence).&lt;br&gt;&lt;b&gt;Proposer au Safe&lt;/b&gt; : un fichier que les propriétaires du Safe importent et signent ; l&apos;action a lieu quand ils l&apos;exécutent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sign now…</source>
        <translation>&amp;Signer maintenant…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Propose to Sa&amp;fe…</source>
        <translation>Proposer au Sa&amp;fe…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Safe is configured (File &gt; Settings).</source>
        <translation>Aucun Safe n&apos;est configuré (Fichier &gt; Paramètres).</translation>
    </message>
</context>
<context>
    <name>vd::ui::AdminActionRunner</name>
    <message>
        <location filename="../ui/contract/AdminActionRunner.cpp" line="+57"/>
        <source>Cancelled; nothing was sent.</source>
        <translation>Annulé ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing is not available on this workstation.</source>
        <translation>La signature n&apos;est pas disponible sur ce poste.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The proposal file could not be written to %1: %2</source>
        <translation>Le fichier de proposition n&apos;a pas pu être écrit dans %1 : %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The proposal file was saved to %1 (safeTxHash %2) but could not be recorded: %3</source>
        <translation>Le fichier de proposition a été enregistré dans %1 (safeTxHash %2) mais n&apos;a pas pu être consigné : %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proposed to the Safe (nonce %1): safeTxHash %2. File for the owners: %3. It needs %4 owner signature(s); it is shown as done when the listener sees the Safe execute it.</source>
        <translation>Proposé au Safe (nonce %1) : safeTxHash %2. Fichier pour les propriétaires : %3. Il faut %4 signature(s) de propriétaire ; l&apos;action apparaîtra comme effectuée quand l&apos;écoute de la blockchain verra le Safe l&apos;exécuter.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Load the keystore of the signing key first (Contract page, Load keystore).</source>
        <translation>Chargez d&apos;abord le fichier keystore de la clé de signature (page Contrat, Charger le fichier keystore).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is done on the chain (transaction %2) but the audit row could not be written: %3</source>
        <translation>%1 est effectué sur la chaîne (transaction %2) mais la ligne d&apos;audit n&apos;a pas pu être écrite : %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: done in block %2 (transaction %3).</source>
        <translation>%1 : effectué dans le bloc %2 (transaction %3).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelled; nothing was signed.</source>
        <translation>Annulé ; rien n&apos;a été signé.</translation>
    </message>
</context>
<context>
    <name>vd::ui::AuditModel</name>
    <message>
        <location filename="../ui/models/AuditModel.cpp" line="+98"/>
        <source>Before: %1
After: %2
Details: %3</source>
        <translation>Avant : %1
Après : %2
Détails : %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change and details</source>
        <translation>Modification et détails</translation>
    </message>
</context>
<context>
    <name>vd::ui::AuditPage</name>
    <message>
        <location filename="../ui/office/AuditPage.cpp" line="+39"/>
        <source>&amp;Between</source>
        <translation>&amp;Entre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>login</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words in the details, before or after</source>
        <translation>mots dans les détails, avant ou après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. order number</source>
        <translation>p. ex. numéro de commande</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear</source>
        <translation>Effa&amp;cer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Who:</source>
        <translation>&amp;Qui :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;On:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Id:</source>
        <translation>&amp;Id :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Select a row to see what changed.</source>
        <translation>Sélectionnez une ligne pour voir ce qui a changé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export audit trail as CSV</source>
        <translation>Exporter le journal d&apos;audit en CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — %2 by %3 at %4
Before: %5
After: %6
Details: %7</source>
        <translation>%1 — %2 par %3 sur %4
Avant : %5
Après : %6
Détails : %7</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no workstation)</source>
        <translation>(aucun poste)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n ligne exportée vers %1</numerusform>
            <numerusform>%n lignes exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
</context>
<context>
    <name>vd::ui::BackOfficePage</name>
    <message>
        <location filename="../ui/BackOfficePage.cpp" line="+21"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders, deposits, listener health and reconciliation at a glance.</source>
        <translation>Commandes, dépôts, état de l&apos;écoute et rapprochement en un coup d&apos;œil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search orders, see their timeline, create and cancel orders.</source>
        <translation>Chercher des commandes, voir leur historique, créer et annuler des commandes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposits</source>
        <translation>Dépôts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fiat deposits, payment confirmation and token mints.</source>
        <translation>Dépôts en monnaie, confirmation des paiements et émission de jetons.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On-chain supply against the books.</source>
        <translation>Offre en circulation sur la blockchain comparée aux comptes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause, freezing and key rotation.</source>
        <translation>Pause, gel des comptes et rotation des clés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who holds which role on the token contract.</source>
        <translation>Qui détient quel rôle sur le contrat du jeton.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain listener</source>
        <translation>Écoute de la blockchain</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How the chain listener is doing, and the operator actions of the runbooks.</source>
        <translation>État de l&apos;écoute de la blockchain et actions d&apos;opérateur prévues par les procédures.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every action, who did it and when.</source>
        <translation>Chaque action, qui l&apos;a faite et quand.</translation>
    </message>
</context>
<context>
    <name>vd::ui::CameraController</name>
    <message>
        <location filename="../ui/reception/CameraController.cpp" line="+94"/>
        <location line="+96"/>
        <source>No camera found. Use the hand scanner, open an image (Ctrl+O) or search (Ctrl+F).</source>
        <translation>Aucune caméra trouvée. Utilisez le lecteur, ouvrez une image (Ctrl+O) ou cherchez (Ctrl+F).</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Waiting for permission to use the camera…</source>
        <translation>En attente de l&apos;autorisation d&apos;utiliser la caméra…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer does not allow VoucherDesk to use the camera. Allow it in the system&apos;s privacy settings, or use the hand scanner.</source>
        <translation>Cet ordinateur n&apos;autorise pas VoucherDesk à utiliser la caméra. Autorisez-le dans les réglages de confidentialité du système, ou utilisez le lecteur.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The camera reported a problem: %1. Try another camera or use the hand scanner.</source>
        <translation>La caméra a signalé un problème : %1. Essayez une autre caméra ou utilisez le lecteur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>default format</source>
        <translation>format par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1x%2 %3</source>
        <translation>%1x%2 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Camera: %1 (%2)</source>
        <translation>Caméra : %1 (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The camera was disconnected. Plug it back in, pick another one, or use the hand scanner.</source>
        <translation>La caméra a été débranchée. Rebranchez-la, choisissez-en une autre ou utilisez le lecteur.</translation>
    </message>
</context>
<context>
    <name>vd::ui::CameraPreview</name>
    <message>
        <location filename="../ui/reception/CameraPreview.cpp" line="+54"/>
        <source>No camera picture</source>
        <translation>Pas d&apos;image de la caméra</translation>
    </message>
</context>
<context>
    <name>vd::ui::ChainPage</name>
    <message>
        <location filename="../ui/ChainPage.cpp" line="+27"/>
        <source>Operator actions</source>
        <translation>Actions d&apos;opérateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replay from this block…</source>
        <translation>&amp;Relire depuis ce bloc…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch endpoint</source>
        <translation>&amp;Changer de point d&apos;accès</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chain head</source>
        <translation>Tête de chaîne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finalized block</source>
        <translation>Bloc finalisé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Processed up to</source>
        <translation>Traité jusqu&apos;à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behind by</source>
        <translation>Retard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RPC endpoint</source>
        <translation>Point d&apos;accès RPC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Endpoint errors</source>
        <translation>Erreurs du point d&apos;accès</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log range size</source>
        <translation>Taille de la plage de journaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorgs seen</source>
        <translation>Réorganisations vues</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last heartbeat</source>
        <translation>Dernier signal de vie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Block to replay from</source>
        <translation>Bloc de départ de la relecture</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Following:</source>
        <translation>Suivi :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re-read from &amp;block:</source>
        <translation>Relire depuis le &amp;bloc :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use &amp;endpoint:</source>
        <translation>Utiliser le point d&apos;&amp;accès :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h2&gt;Chain listener&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Écoute de la blockchain&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No listener has reported</source>
        <translation>Aucune écoute ne s&apos;est signalée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start `voucherdesk listen` on the server, or give a workstation a listener login in its settings. Until then orders do not become VALID by themselves.</source>
        <translation>Lancez `voucherdesk listen` sur le serveur, ou donnez à un poste un identifiant d&apos;écoute dans ses paramètres. D&apos;ici là, les commandes ne passent pas à VALIDE d&apos;elles-mêmes.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SILENT — no heartbeat for %1 s</source>
        <translation>MUETTE — aucun signal de vie depuis %1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STOPPED — needs a person</source>
        <translation>ARRÊTÉE — intervention humaine requise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PAUSED by an operator</source>
        <translation>MISE EN PAUSE par un opérateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CATCHING UP — %1 blocks behind</source>
        <translation>RATTRAPAGE — %1 blocs de retard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LIVE — %1 blocks behind</source>
        <translation>EN DIRECT — %1 blocs de retard</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This workstation is the leader; figures are live.</source>
        <translation>Ce poste est le leader ; les chiffres sont en direct.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As reported by the leader to the database.</source>
        <translation>Tels que transmis par le leader à la base de données.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 blocks, %2 s</source>
        <translation>%1 blocs, %2 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 blocks</source>
        <translation>%1 blocs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Resume following the chain</source>
        <translation>&amp;Reprendre le suivi de la blockchain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause the listener</source>
        <translation>&amp;Mettre l&apos;écoute en pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This workstation does not host the listener. Use the workstation that does, or `voucherdesk listen --replay-from N` / `--endpoint I` on the server.</source>
        <translation>Ce poste n&apos;héberge pas l&apos;écoute. Utilisez le poste qui l&apos;héberge, ou `voucherdesk listen --replay-from N` / `--endpoint I` sur le serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This workstation&apos;s listener is on standby (another one leads). Pausing here only stops this one from taking over.</source>
        <translation>L&apos;écoute de ce poste est en attente (une autre est leader). La mettre en pause ici l&apos;empêche seulement de prendre le relais.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This workstation&apos;s listener leads. Replaying re-reads the chain from a block; nothing is applied twice.</source>
        <translation>L&apos;écoute de ce poste est leader. Une relecture relit la chaîne depuis un bloc ; rien n&apos;est appliqué deux fois.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Replay from block %1?</source>
        <translation>Relire depuis le bloc %1 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The listener re-reads every event from block %1 on. Nothing is applied twice, but catching up can take a while. Go on?</source>
        <translation>L&apos;écoute relit chaque événement à partir du bloc %1. Rien n&apos;est appliqué deux fois, mais le rattrapage peut prendre du temps. Continuer ?</translation>
    </message>
</context>
<context>
    <name>vd::ui::ContractPage</name>
    <message>
        <location filename="../ui/contract/ContractPage.cpp" line="+59"/>
        <source>&amp;Pause…</source>
        <translation>Mettre en &amp;pause…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Unpause…</source>
        <translation>&amp;Reprendre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load keystore…</source>
        <translation>&amp;Charger le fichier keystore…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+272"/>
        <source>&amp;Key rotation…</source>
        <translation>Rotation de &amp;clé…</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>F&amp;reeze…</source>
        <translation>&amp;Geler…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;nfreeze…</source>
        <translation>&amp;Dégeler…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>0x… checksummed address</source>
        <translation>Adresse 0x… avec somme de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why (required; kept in the audit trail)</source>
        <translation>motif (obligatoire ; conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frozen since</source>
        <translation>Gelé depuis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Safe nonce</source>
        <translation>Nonce Safe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>safeTxHash</source>
        <translation>safeTxHash</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chain:</source>
        <translation>Chaîne :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract:</source>
        <translation>Contrat :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>Code :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total supply:</source>
        <translation>Offre totale :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimals:</source>
        <translation>Décimales :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listener:</source>
        <translation>Écoute :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key:</source>
        <translation>Clé de signature :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re&amp;fresh</source>
        <translation>Actua&amp;liser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compliance (COMPLIANCE_ROLE)</source>
        <translation>Conformité (COMPLIANCE_ROLE)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Frozen accounts:</source>
        <translation>Comptes gelés :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pending Safe proposals</source>
        <translation>Propositions Safe en attente</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Only an administrator may change the contract.</source>
        <translation>Seul un administrateur peut modifier le contrat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keystore of the signing key</source>
        <translation>Fichier keystore de la clé de signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keystore files (*.json *);;All files (*)</source>
        <translation>Fichiers keystore (*.json *);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>STATE UNKNOWN</source>
        <translation>ÉTAT INCONNU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the chain…</source>
        <translation>Lecture de la chaîne…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>■ PAUSED</source>
        <translation>■ EN PAUSE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfers, mints and redemptions are stopped until the token is unpaused.</source>
        <translation>Les transferts, émissions et paiements sont arrêtés jusqu&apos;à la reprise du jeton.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ ACTIVE</source>
        <translation>✔ ACTIF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token is running: transfers, mints and redemptions work.</source>
        <translation>Le jeton fonctionne : les transferts, émissions et paiements sont possibles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ verified %1</source>
        <translation>✓ vérifié %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ %1 %2</source>
        <translation>✗ %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(read: %1)</source>
        <translation>(lu : %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none loaded — load the keystore of the key that is to sign (nothing is decrypted until you confirm a transaction)</source>
        <translation>aucune clé chargée — chargez le fichier keystore de la clé qui doit signer (rien n&apos;est déchiffré avant que vous confirmiez une transaction)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — roles: %2</source>
        <translation>%1 — rôles : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no record yet (is a listener running?)</source>
        <translation>aucun enregistrement pour l&apos;instant (une écoute de la blockchain est-elle lancée ?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at block %1 — %2</source>
        <translation>au bloc %1 — %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>recorded PAUSED</source>
        <translation>enregistré EN PAUSE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded active</source>
        <translation>enregistré actif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no reason recorded)</source>
        <translation>(aucun motif enregistré)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume &amp;key rotation…</source>
        <translation>Reprendre la rotation de &amp;clé…</translation>
    </message>
</context>
<context>
    <name>vd::ui::DashboardPage</name>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="+69"/>
        <source>Deliveries and mints per hour today (UTC)</source>
        <translation>Livraisons et émissions par heure aujourd&apos;hui (UTC)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Today, %1 (UTC)</source>
        <translation>Aujourd&apos;hui, %1 (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>orders created</source>
        <translation>commandes créées</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+1"/>
        <source>%L1 in total</source>
        <translation>%L1 au total</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>waiting for the chain</source>
        <translation>en attente de la blockchain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid, not yet delivered</source>
        <translation>valides, pas encore livrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 created today</source>
        <translation>%L1 créées aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered today</source>
        <translation>livrées aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>expirées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>submitted</source>
        <translation>saisis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment confirmed</source>
        <translation>paiement confirmé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mint pending</source>
        <translation>émission à faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minting</source>
        <translation>émission en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minted</source>
        <translation>émis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mint failed</source>
        <translation>émission échouée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the Safe</source>
        <translation>en attente du Safe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over the daily cap</source>
        <translation>au-delà du plafond du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annulés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposits</source>
        <translation>Dépôts</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>chain listener</source>
        <translation>écoute de la blockchain</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no listener has reported</source>
        <translation>aucune écoute ne s&apos;est signalée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✔ listener %1</source>
        <translation>✔ écoute %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✖ listener needs attention</source>
        <translation>✖ l&apos;écoute demande une intervention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 blocks behind</source>
        <translation>%L1 blocs de retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>led by %1</source>
        <translation>menée par %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ every on-chain mint is in the books</source>
        <translation>✔ chaque émission on-chain est dans les comptes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply against the books: see Reconciliation.</source>
        <translation>Offre contre comptes : voir Rapprochement.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>✖ %n on-chain mint(s) not in the books</source>
        <translation>
            <numerusform>✖ %n émission on-chain absente des comptes</numerusform>
            <numerusform>✖ %n émissions on-chain absentes des comptes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 tokens — record them on the Reconciliation page.</source>
        <translation>%1 jetons — enregistrez-les sur la page Rapprochement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open incidents</source>
        <translation>Incidents ouverts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
</context>
<context>
    <name>vd::ui::DepositModel</name>
    <message>
        <location filename="../ui/models/DepositModel.cpp" line="+77"/>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created by %1 at %2 UTC</source>
        <translation>Créé par %1 à %2 UTC</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallet</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment id</source>
        <translation>ID de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
</context>
<context>
    <name>vd::ui::DepositsPage</name>
    <message>
        <location filename="../ui/deposits/DepositsPage.cpp" line="+46"/>
        <source>&amp;New deposit…</source>
        <translation>&amp;Nouveau dépôt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm &amp;payment…</source>
        <translation>Confirmer le &amp;paiement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request &amp;mint</source>
        <translation>Demander l&apos;é&amp;mission</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cance&amp;l deposit…</source>
        <translation>Annu&amp;ler le dépôt…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+332"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="-331"/>
        <source>Show only deposits that are %1 (click again to show all)</source>
        <translation>Afficher seulement les dépôts à l&apos;état %1 (cliquez à nouveau pour tout afficher)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change c&amp;ap…</source>
        <translation>Modifier le pla&amp;fond…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rates…</source>
        <translation>&amp;Taux…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+335"/>
        <source>Pa&amp;use minting…</source>
        <translation>&amp;Suspendre l&apos;émission…</translation>
    </message>
    <message>
        <location line="-315"/>
        <location line="+267"/>
        <source>Decide how this deposit is minted: directly, through the Safe, or held by today&apos;s cap</source>
        <translation>Décider comment émettre les jetons de ce dépôt : directement, via le Safe, ou en attente du plafond du jour</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Showing %1 of %2</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>D-2026…</source>
        <translation>D-2026…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cre&amp;ated</source>
        <translation>&amp;Création</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;ference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ustomer:</source>
        <translation>Cli&amp;ent :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Am&amp;ount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Minting is paused: %1</source>
        <translation>L&apos;émission de jetons est suspendue : %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Issuance today (UTC %1): %2 tokens minted, %3 in flight — no daily cap set.</source>
        <translation>Émission du jour (UTC %1) : %2 jetons émis, %3 en cours — aucun plafond quotidien défini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily cap (UTC %1): %2 of %3 tokens used (%4 minted, %5 in flight) — %6 remaining.</source>
        <translation>Plafond quotidien (UTC %1) : %2 sur %3 jetons utilisés (%4 émis, %5 en cours) — %6 restants.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Res&amp;ume minting…</source>
        <translation>Rep&amp;rendre l&apos;émission…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import deposits</source>
        <translation>Importer des dépôts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than 20 MB; split it into smaller files.</source>
        <translation>%1 dépasse 20 Mo ; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirm payment</source>
        <translation>Confirmer le paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment provider&apos;s transaction id for %1 (%2 %3 from %4), as shown on the provider&apos;s dashboard:</source>
        <translation>Identifiant de transaction du prestataire de paiement pour %1 (%2 %3 de %4), tel qu&apos;affiché sur le tableau de bord du prestataire :</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancel deposit</source>
        <translation>Annuler le dépôt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why is %1 cancelled? (kept in the audit log)</source>
        <translation>Pourquoi %1 est-il annulé ? (conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Daily issuance cap</source>
        <translation>Plafond d&apos;émission quotidien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens that may be minted per UTC day (0 for no cap). Raising it releases deposits held by the cap that now fit.</source>
        <translation>Jetons pouvant être émis par jour UTC (0 pour aucun plafond). Le relever libère les dépôts bloqués par le plafond qui y tiennent désormais.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pause minting</source>
        <translation>Suspendre l&apos;émission</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume minting</source>
        <translation>Reprendre l&apos;émission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is minting paused? Every workstation shows this reason.</source>
        <translation>Pourquoi l&apos;émission est-elle suspendue ? Chaque poste affiche ce motif.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why may minting resume?</source>
        <translation>Pourquoi l&apos;émission peut-elle reprendre ?</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Token rate</source>
        <translation>Taux du jeton</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Currency (three letters, e.g. EUR):</source>
        <translation>Devise (trois lettres, p. ex. EUR) :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tokens per 1 %1 (empty removes the currency):</source>
        <translation>Jetons pour 1 %1 (laisser vide supprime la devise) :</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n deposit(s) imported.</source>
        <translation>
            <numerusform>%n dépôt importé.</numerusform>
            <numerusform>%n dépôts importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing was imported: %n row(s) have problems. Fix them and import the whole file again.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé : %n ligne pose problème. Corrigez-la et importez à nouveau le fichier entier.</numerusform>
            <numerusform>Rien n&apos;a été importé : %n lignes posent problème. Corrigez-les et importez à nouveau le fichier entier.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>All %n row(s) were imported, each as a new deposit.</source>
        <translation>
            <numerusform>%n ligne a été importée, comme nouveau dépôt.</numerusform>
            <numerusform>Les %n lignes ont toutes été importées, chacune comme nouveau dépôt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported. %1 of %2 rows have problems; the other rows are fine. The import is all or nothing, so a corrected file can be imported again without creating any deposit twice.</source>
        <translation>Rien n&apos;a été importé. %1 lignes sur %2 posent problème ; les autres lignes sont correctes. L&apos;importation se fait en tout ou rien : un fichier corrigé peut donc être importé à nouveau sans créer de dépôt en double.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason / reference</source>
        <translation>Motif / référence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row as read</source>
        <translation>Ligne telle que lue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No problem (not imported)</source>
        <translation>Aucun problème (non importé)</translation>
    </message>
</context>
<context>
    <name>vd::ui::HourlyChart</name>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="+13"/>
        <source>Deliveries and mints per hour</source>
        <translation>Livraisons et émissions par heure</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mints</source>
        <translation>Émissions</translation>
    </message>
</context>
<context>
    <name>vd::ui::ImportReportDialog</name>
    <message>
        <location filename="../ui/orders/ImportReportDialog.cpp" line="+18"/>
        <source>Import of %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n order(s) created</source>
        <translation>
            <numerusform>%n commande créée</numerusform>
            <numerusform>%n commandes créées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n line(s) rejected</source>
        <translation>
            <numerusform>%n ligne rejetée</numerusform>
            <numerusform>%n lignes rejetées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order code</source>
        <translation>Code de commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REJECTED</source>
        <translation>REJETÉE</translation>
    </message>
</context>
<context>
    <name>vd::ui::LockOverlay</name>
    <message>
        <location filename="../ui/LockOverlay.cpp" line="+19"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Desk locked by %1</source>
        <translation>Poste verrouillé par %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your password to continue, or switch to another person.</source>
        <translation>Saisissez votre mot de passe pour continuer, ou changez de personne.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;witch person</source>
        <translation>&amp;Changer de personne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrong password.</source>
        <translation>Mot de passe incorrect.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>vd::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+100"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chain</source>
        <translation>Blockchain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listener</source>
        <translation>Écoute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VoucherDesk</source>
        <translation>VoucherDesk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VoucherDesk — %1</source>
        <translation>VoucherDesk — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reception</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back office</source>
        <translation>&amp;Back-office</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock desk</source>
        <translation>&amp;Verrouiller le poste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;witch person…</source>
        <translation>C&amp;hanger de personne…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About VoucherDesk</source>
        <translation>À &amp;propos de VoucherDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About VoucherDesk</source>
        <translation>À propos de VoucherDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;VoucherDesk %1&lt;/b&gt;&lt;p&gt;Reception and back office for a token-paid shop.&lt;/p&gt;</source>
        <translation>&lt;b&gt;VoucherDesk %1&lt;/b&gt;&lt;p&gt;Accueil et back-office d&apos;une boutique payée en jetons.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Signing key: %1</source>
        <translation>Clé de signature : %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Chain listener stopped: %1</source>
        <translation>Écoute de la blockchain arrêtée : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This desk does not host the chain listener: %1</source>
        <translation>Ce poste n&apos;héberge pas l&apos;écoute de la blockchain : %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+5"/>
        <location line="+18"/>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new minter key could not be saved in the settings: %1
Set it by hand in Settings → Signing keys: %2</source>
        <translation>La nouvelle clé d&apos;émission n&apos;a pas pu être enregistrée dans les paramètres : %1
Indiquez-la à la main dans Paramètres → Clés de signature : %2</translation>
    </message>
</context>
<context>
    <name>vd::ui::MintPanel</name>
    <message>
        <location filename="../ui/mint/MintPanel.cpp" line="+37"/>
        <location line="+290"/>
        <source>No deposit selected</source>
        <translation>Aucun dépôt sélectionné</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>&amp;Mint now…</source>
        <translation>Émettre &amp;maintenant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;peed up</source>
        <translation>&amp;Accélérer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport Safe proposal…</source>
        <translation>E&amp;xporter la proposition Safe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify and mark minted</source>
        <translation>&amp;Vérifier et marquer comme émis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record Safe &amp;execution</source>
        <translation>Enregistrer l&apos;&amp;exécution Safe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the transaction&apos;s summary, then signs it with the minter key.</source>
        <translation>Affiche le résumé de la transaction, puis la signe avec la clé d&apos;émission.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First checks whether the earlier attempt landed; never mints twice.</source>
        <translation>Vérifie d&apos;abord si la tentative précédente a abouti ; n&apos;émet jamais deux fois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends the stuck transaction again with the same nonce and a higher fee.</source>
        <translation>Renvoie la transaction bloquée avec le même nonce et des frais plus élevés.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>0x… execution transaction hash</source>
        <translation>0x… hash de la transaction d&apos;exécution</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Execution &amp;tx:</source>
        <translation>&amp;Transaction d&apos;exécution :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check &amp;gas</source>
        <translation>Vérifier le &amp;gas</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Save the Safe proposal</source>
        <translation>Enregistrer la proposition Safe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction Builder JSON (*.json)</source>
        <translation>JSON Transaction Builder (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speed up</source>
        <translation>Accélérer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password of the minter keystore:</source>
        <translation>Mot de passe du keystore d&apos;émission :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent: %1. Waiting for the receipt…</source>
        <translation>Envoyée : %1. En attente du reçu…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 confirmations</source>
        <translation>%1 confirmations sur %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Minted: the receipt is recorded.</source>
        <translation>Émis : le reçu est enregistré.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Proposal saved for the Safe&apos;s nonce %1. safeTxHash: %2 — the owners must see exactly this hash when they sign (%3 of them).</source>
        <translation>Proposition enregistrée pour le nonce %1 du Safe. safeTxHash : %2 — les propriétaires doivent voir exactement ce hash en signant (%3 d&apos;entre eux).</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Verified: the Safe minted exactly this deposit in block %1 (%n confirmation(s)). Marked minted.</source>
        <translation>
            <numerusform>Vérifié : le Safe a émis exactement ce dépôt dans le bloc %1 (%n confirmation). Marqué comme émis.</numerusform>
            <numerusform>Vérifié : le Safe a émis exactement ce dépôt dans le bloc %1 (%n confirmations). Marqué comme émis.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minter gas: unknown (%1)</source>
        <translation>Gas de la clé d&apos;émission : inconnu (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minter gas: %1 — LOW, top up %2 before it blocks mints</source>
        <translation>Gas de la clé d&apos;émission : %1 — BAS, ajoutez %2 avant que les émissions soient bloquées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minter gas: %1 (%2)</source>
        <translation>Gas de la clé d&apos;émission : %1 (%2)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Ready to mint</source>
        <translation>Prêt à émettre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mint transaction on its way</source>
        <translation>Transaction d&apos;émission en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minted %1</source>
        <translation>Émis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mint failed: %1</source>
        <translation>Échec de l&apos;émission : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs the Safe (amount at or above the threshold)</source>
        <translation>Nécessite le Safe (montant égal ou supérieur au seuil)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held: today&apos;s issuance cap would be exceeded</source>
        <translation>Retenu : le plafond d&apos;émission du jour serait dépassé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the payment to be confirmed</source>
        <translation>En attente de la confirmation du paiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment confirmed; not yet released for minting</source>
        <translation>Paiement confirmé ; pas encore libéré pour l&apos;émission</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a deposit to see its mint.</source>
        <translation>Sélectionnez un dépôt pour voir son émission.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposit %1 — %2 tokens to %3</source>
        <translation>Dépôt %1 — %2 jetons vers %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — MINTING IS PAUSED by an administrator</source>
        <translation>%1 — ÉMISSION SUSPENDUE par un administrateur</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export the proposal and give the file to the Safe&apos;s owners; they check the safeTxHash shown here, sign and execute it. Then record the execution here (it appears by itself when the chain listener sees it).</source>
        <translation>Exportez la proposition et remettez le fichier aux propriétaires du Safe ; ils vérifient le safeTxHash affiché ici, la signent et l&apos;exécutent. Enregistrez ensuite l&apos;exécution ici (elle apparaît d&apos;elle-même quand l&apos;écoute de la blockchain la détecte).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safe proposal: nonce %1, safeTxHash %2 — %3 (exported by %4)</source>
        <translation>Proposition Safe : nonce %1, safeTxHash %2 — %3 (exportée par %4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Safe executed this proposal in tx %1 (block %2); verify and mark minted.</source>
        <translation>Le Safe a exécuté cette proposition dans la transaction %1 (bloc %2) ; vérifiez et marquez comme émis.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An administrator records the Safe&apos;s execution.</source>
        <translation>Un administrateur enregistre l&apos;exécution par le Safe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Safe</source>
        <translation>Safe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no hash yet)</source>
        <translation>(pas encore de hash)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nonce %1</source>
        <translation>nonce %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>block %1</source>
        <translation>bloc %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mint transactions</source>
        <translation>Transactions d&apos;émission</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recorded, not sent yet</source>
        <translation>enregistrée, pas encore envoyée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent, waiting</source>
        <translation>envoyée, en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirmed</source>
        <translation>confirmée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replaced (same nonce)</source>
        <translation>remplacée (même nonce)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checking whether the earlier attempt landed…</source>
        <translation>Vérification : la tentative précédente a-t-elle abouti ?…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checking the transaction before anything is signed…</source>
        <translation>Vérification de la transaction avant toute signature…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mint tokens for deposit %1</source>
        <translation>Émettre les jetons du dépôt %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelled; nothing was sent.</source>
        <translation>Annulé ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sending again with a higher fee (same nonce)…</source>
        <translation>Nouvel envoi avec des frais plus élevés (même nonce)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the Safe&apos;s nonce and computing the proposal…</source>
        <translation>Lecture du nonce du Safe et calcul de la proposition…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A transaction hash is 0x followed by 64 hexadecimal digits.</source>
        <translation>Un hash de transaction est 0x suivi de 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Verifying the Safe execution on chain…</source>
        <translation>Vérification de l&apos;exécution Safe sur la blockchain…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minter gas: checking…</source>
        <translation>Gas de la clé d&apos;émission : vérification…</translation>
    </message>
</context>
<context>
    <name>vd::ui::MintingBanner</name>
    <message>
        <location filename="../ui/MintingBanner.cpp" line="+35"/>
        <source>an unknown time</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minting is paused by %1 since %2: %3. No deposit can be sent to minting until an administrator resumes it.</source>
        <translation>L&apos;émission est suspendue par %1 depuis %2 : %3. Aucun dépôt ne peut être envoyé à l&apos;émission tant qu&apos;un administrateur ne l&apos;a pas reprise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an administrator</source>
        <translation>un administrateur</translation>
    </message>
</context>
<context>
    <name>vd::ui::NewDepositDialog</name>
    <message>
        <location filename="../ui/deposits/NewDepositDialog.cpp" line="+24"/>
        <source>New deposit</source>
        <translation>Nouveau dépôt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0x… (checksummed address)</source>
        <translation>0x… (adresse avec somme de contrôle)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 50.00</source>
        <translation>p. ex. 50.00</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wallet:</source>
        <translation>&amp;Portefeuille :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Amount paid:</source>
        <translation>&amp;Montant payé :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tokens:</source>
        <translation>&amp;Jetons :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;reate deposit</source>
        <translation>C&amp;réer le dépôt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No rate is configured for %1: type the token amount, or ask an administrator to set the rate.</source>
        <translation>Aucun taux n&apos;est configuré pour %1 : saisissez le nombre de jetons, ou demandez à un administrateur de définir le taux.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paste the customer&apos;s address.</source>
        <translation>Collez l&apos;adresse du client.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ Checksum correct</source>
        <translation>✔ Somme de contrôle correcte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Valid address (no checksum to verify): %1</source>
        <translation>✔ Adresse valide (pas de somme de contrôle à vérifier) : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Token amount typed by hand.</source>
        <translation>Nombre de jetons saisi à la main.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rate configured for %1.</source>
        <translation>Aucun taux configuré pour %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 tokens at the configured rate (1 %2 = %3 tokens).</source>
        <translation>%1 jetons au taux configuré (1 %2 = %3 jetons).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 %1 = %2 tokens</source>
        <translation>1 %1 = %2 jetons</translation>
    </message>
</context>
<context>
    <name>vd::ui::NewOrderDialog</name>
    <message>
        <location filename="../ui/orders/NewOrderDialog.cpp" line="+19"/>
        <source>E&amp;xpires</source>
        <translation>E&amp;xpiration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 2 bags of rice, 25 kg</source>
        <translation>p. ex. 2 sacs de riz, 25 kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 12.5</source>
        <translation>p. ex. 12.5</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;What to hand over:</source>
        <translation>Article à &amp;remettre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount (tokens):</source>
        <translation>&amp;Montant (jetons) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer &amp;name:</source>
        <translation>&amp;Nom du client :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer &amp;phone:</source>
        <translation>&amp;Téléphone du client :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validity:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create order</source>
        <translation>&amp;Créer la commande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A fresh random order code is made for this order; the customer redeems it with the token and shows the QR code at the desk.</source>
        <translation>Un nouveau code de commande aléatoire est créé pour cette commande ; le client le paie avec le jeton et présente le code QR à l&apos;accueil.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Say what is to be handed over.</source>
        <translation>Indiquez ce qui doit être remis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The amount must be a number of tokens above zero, with a point for decimals (at most %1).</source>
        <translation>Le montant doit être un nombre de jetons supérieur à zéro, avec un point pour les décimales (%1 au plus).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The expiry is in the past.</source>
        <translation>La date d&apos;expiration est déjà passée.</translation>
    </message>
</context>
<context>
    <name>vd::ui::OperatorModel</name>
    <message>
        <location filename="../ui/models/OperatorModel.cpp" line="+32"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
</context>
<context>
    <name>vd::ui::OperatorsPage</name>
    <message>
        <location filename="../ui/OperatorsPage.cpp" line="+36"/>
        <source>lowercase, e.g. amina.n</source>
        <translation>en minuscules, p. ex. amina.n</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New &amp;password:</source>
        <translation>Nouveau mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-le :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a login.</source>
        <translation>Saisissez un identifiant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the person&apos;s name.</source>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+24"/>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&lt;h2&gt;Operators&lt;/h2&gt;&lt;p&gt;Each person signs in with their own login. Reception can only scan and deliver; back office handles deposits and mints; administrators also manage operators and settings.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Opérateurs&lt;/h2&gt;&lt;p&gt;Chaque personne se connecte avec son propre identifiant. L&apos;accueil peut seulement scanner et livrer ; le back-office gère les dépôts et les émissions de jetons ; les administrateurs gèrent aussi les opérateurs et les paramètres.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New operator…</source>
        <translation>&amp;Nouvel opérateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le mot de &amp;passe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>Actua&amp;liser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>New operator</source>
        <translation>Nouvel opérateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Operator %1 created as %2.</source>
        <translation>Opérateur %1 créé comme %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>Select an operator first.</source>
        <translation>Sélectionnez d&apos;abord un opérateur.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>New password for %1</source>
        <translation>Nouveau mot de passe pour %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password of %1 reset.</source>
        <translation>Mot de passe de %1 réinitialisé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 can sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 can no longer sign in.</source>
        <translation>%1 ne peut plus se connecter.</translation>
    </message>
</context>
<context>
    <name>vd::ui::OrderDetailPanel</name>
    <message>
        <location filename="../ui/orders/OrderDetailPanel.cpp" line="+30"/>
        <source>Re-&amp;verify on chain</source>
        <translation>Re&amp;vérifier sur la blockchain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;QR code…</source>
        <translation>Code &amp;QR…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ca&amp;ncel order…</source>
        <translation>A&amp;nnuler la commande…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Select an order to see its timeline.</source>
        <translation>Sélectionnez une commande pour voir son historique.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens due</source>
        <translation>Jetons dus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Redemption</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 tokens from %2 — transaction &lt;span style=&apos;font-family:monospace&apos;&gt;%3&lt;/span&gt;, block %4, %5 confirmations</source>
        <translation>%1 jetons de %2 — transaction &lt;span style=&apos;font-family:monospace&apos;&gt;%3&lt;/span&gt;, bloc %4, %5 confirmations</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none seen on chain yet</source>
        <translation>aucun vu sur la blockchain pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled because</source>
        <translation>Motif d&apos;annulation</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A %1 order cannot be cancelled.</source>
        <translation>Une commande au statut %1 ne peut pas être annulée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking the blockchain…</source>
        <translation>Interrogation de la blockchain…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CONFIRMED ON CHAIN</source>
        <translation>CONFIRMÉ SUR LA BLOCKCHAIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The redemption transaction succeeded, it redeems exactly this order code with our token, and its block is on the main chain. The customer paid.</source>
        <translation>La transaction de paiement a réussi, elle paie exactement ce code de commande avec notre jeton, et son bloc est sur la chaîne principale. Le client a payé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NOT REDEEMED ON CHAIN</source>
        <translation>NON PAYÉ SUR LA BLOCKCHAIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The blockchain has no redemption for this order code: the customer has not paid for it yet.</source>
        <translation>La blockchain n&apos;a aucun paiement pour ce code de commande : le client ne l&apos;a pas encore payée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NOT CONFIRMED — the chain contradicts the books</source>
        <translation>NON CONFIRMÉ — la blockchain contredit les comptes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The blockchain has no redemption for this order code: the customer has not paid for it.</source>
        <translation>La blockchain n&apos;a aucun paiement pour ce code de commande : le client ne l&apos;a pas payée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recorded redemption transaction is not on the blockchain.</source>
        <translation>La transaction de paiement enregistrée n&apos;est pas sur la blockchain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recorded redemption transaction failed on the blockchain: nothing was paid.</source>
        <translation>La transaction de paiement enregistrée a échoué sur la blockchain : rien n&apos;a été payé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recorded transaction does not redeem this order code with our token.</source>
        <translation>La transaction enregistrée ne paie pas ce code de commande avec notre jeton.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The block that held the redemption is no longer on the main chain (reorganisation).</source>
        <translation>Le bloc contenant le paiement n&apos;est plus sur la chaîne principale (réorganisation).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not hand anything over for this order until it is cleared up.</source>
        <translation>Ne remettez rien pour cette commande tant que la situation n&apos;est pas éclaircie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>COULD NOT CHECK</source>
        <translation>VÉRIFICATION IMPOSSIBLE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No blockchain endpoint or token is configured on this workstation (Settings).</source>
        <translation>Aucun point d&apos;accès blockchain ni jeton n&apos;est configuré sur ce poste (Paramètres).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The blockchain did not answer in time. Try again in a minute or check the endpoint settings.</source>
        <translation>La blockchain n&apos;a pas répondu à temps. Réessayez dans une minute ou vérifiez les paramètres du point d&apos;accès.</translation>
    </message>
</context>
<context>
    <name>vd::ui::OrderModel</name>
    <message>
        <location filename="../ui/models/OrderModel.cpp" line="+120"/>
        <source>Delivered by %1 at desk %2</source>
        <translation>Livrée par %1 au poste %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to hand over</source>
        <translation>À remettre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
</context>
<context>
    <name>vd::ui::OrderQrDialog</name>
    <message>
        <location filename="../ui/orders/OrderQrDialog.cpp" line="+25"/>
        <source>Order code</source>
        <translation>Code de commande</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+60"/>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+58"/>
        <source>For %1</source>
        <translation>Pour %1</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+59"/>
        <source>Valid until %1</source>
        <translation>Valable jusqu&apos;au %1</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;NG…</source>
        <translation>Enregistrer en P&amp;NG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+15"/>
        <source>%1 could not be written.</source>
        <translation>%1 n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print order code</source>
        <translation>Imprimer le code de commande</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer could not be used.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être utilisée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save order code as PNG</source>
        <translation>Enregistrer le code de commande en PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Save order code as PDF</source>
        <translation>Enregistrer le code de commande en PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>vd::ui::OrdersPage</name>
    <message>
        <location filename="../ui/orders/OrdersPage.cpp" line="+35"/>
        <source>Created &amp;between</source>
        <translation>Créée &amp;entre le</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>VD1-…, 0x… or the first digits</source>
        <translation>VD1-…, 0x… ou les premiers chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part of the name</source>
        <translation>partie du nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part of the number</source>
        <translation>partie du numéro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear</source>
        <translation>E&amp;ffacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New order…</source>
        <translation>&amp;Nouvelle commande…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;lient :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and</source>
        <translation>et le</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export orders as CSV</source>
        <translation>Exporter les commandes en CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import orders from CSV</source>
        <translation>Importer des commandes depuis un CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Order created: %1 for %2 tokens. Give the customer its QR code.</source>
        <translation>Commande créée : %1 pour %2 jetons. Remettez au client son code QR.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order cancelled (it was %1).</source>
        <translation>Commande annulée (statut précédent : %1).</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n order(s) exported to %1</source>
        <translation>
            <numerusform>%n commande exportée vers %1</numerusform>
            <numerusform>%n commandes exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Import: %1 created, %2 rejected.</source>
        <translation>Importation : %1 créée(s), %2 rejetée(s).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Cancel order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the order for &quot;%1&quot; (%2 tokens, %3)? A cancelled order can no longer be delivered. This cannot be undone.</source>
        <translation>Annuler la commande pour « %1 » (%2 jetons, %3) ? Une commande annulée ne peut plus être livrée. Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel &amp;order</source>
        <translation>Annuler la &amp;commande</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
</context>
<context>
    <name>vd::ui::ReasonDialog</name>
    <message>
        <location filename="../ui/office/ReasonDialog.cpp" line="+21"/>
        <source>&amp;Reason (kept in the audit trail):</source>
        <translation>&amp;Motif (conservé dans le journal d&apos;audit) :</translation>
    </message>
</context>
<context>
    <name>vd::ui::ReceptionPage</name>
    <message>
        <location filename="../ui/ReceptionPage.cpp" line="+121"/>
        <source>The database has not confirmed the delivery. Do not hand anything over until this screen says DELIVERED; this scan can never be recorded twice.</source>
        <translation>La base de données n&apos;a pas confirmé la livraison. Ne remettez rien tant que cet écran n&apos;affiche pas LIVRÉ ; ce scan ne peut jamais être enregistré deux fois.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Camera off. Use the hand scanner, open an image (Ctrl+O) or search (Ctrl+F).</source>
        <translation>Caméra éteinte. Utilisez le lecteur, ouvrez une image (Ctrl+O) ou cherchez (Ctrl+F).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Note for the hand-over (optional)</source>
        <translation>Remarque sur la remise (facultatif)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deliver  ⏎</source>
        <translation>Livrer  ⏎</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the hand-over (Enter)</source>
        <translation>Enregistrer la remise (Entrée)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Desk not named — set it in Settings</source>
        <translation>Poste sans nom — à définir dans les Paramètres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desk: %1</source>
        <translation>Poste : %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open image…</source>
        <translation>Ouvrir une image…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fast mode</source>
        <translation>Mode rapide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliver VALID codes as soon as they are scanned (the verdict is still shown)</source>
        <translation>Livrer les codes VALIDES dès qu&apos;ils sont scannés (le verdict reste affiché)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mute</source>
        <translation>Muet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Silence the desk sounds (Ctrl+M)</source>
        <translation>Couper les sons du poste (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide names</source>
        <translation>Masquer les noms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large text</source>
        <translation>Grand texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk</source>
        <translation>Kiosque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reception desk alone, full screen (Ctrl+K)</source>
        <translation>L&apos;accueil seul, en plein écran (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delivered today: —</source>
        <translation>Livrées aujourd&apos;hui : —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chain listener: —</source>
        <translation>Écoute de la blockchain : —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search (Ctrl+F)</source>
        <translation>Recherche (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name, phone or order code</source>
        <translation>Nom, téléphone ou code de commande</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Last scans at this desk</source>
        <translation>Derniers scans à ce poste</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No database is configured.</source>
        <translation>Aucune base de données n&apos;est configurée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delivered today: %1 at this desk (%2 at all desks)</source>
        <translation>Livrées aujourd&apos;hui : %1 à ce poste (%2 à tous les postes)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Chain listener: %n block(s) behind</source>
        <translation>
            <numerusform>Écoute de la blockchain : %n bloc de retard</numerusform>
            <numerusform>Écoute de la blockchain : %n blocs de retard</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chain listener: %1</source>
        <translation>Écoute de la blockchain : %1</translation>
    </message>
    <message>
        <location line="+275"/>
        <location line="+2"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hand scanner: off</source>
        <translation>Lecteur : éteint</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● Hand scanner ready</source>
        <translation>● Lecteur prêt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — last read %2</source>
        <translation>%1 — dernière lecture %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>○ Focus lost — click this window so the hand scanner can type into it</source>
        <translation>○ Focus perdu — cliquez dans cette fenêtre pour que le lecteur puisse y taper</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No order matches “%1”</source>
        <translation>Aucune commande ne correspond à « %1 »</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open a picture of a QR code</source>
        <translation>Ouvrir une image de code QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The picture could not be read.</source>
        <translation>L&apos;image n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No QR code was found in the picture.</source>
        <translation>Aucun code QR n&apos;a été trouvé dans l&apos;image.</translation>
    </message>
</context>
<context>
    <name>vd::ui::ReconciliationPage</name>
    <message>
        <location filename="../ui/office/ReconciliationPage.cpp" line="+22"/>
        <source>&amp;Refresh</source>
        <translation>Actua&amp;liser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record reconciliation &amp;entry…</source>
        <translation>&amp;Enregistrer une écriture de rapprochement…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minted to</source>
        <translation>Émis vers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rule of the operations runbook: tokens on chain = tokens the books minted − tokens redeemed + reconciliation entries.</source>
        <translation>La règle du manuel d&apos;exploitation : jetons sur la blockchain = jetons émis selon les comptes − jetons dépensés + écritures de rapprochement.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On-chain mints without a deposit or mint record</source>
        <translation>Émissions sur la blockchain sans dépôt ni enregistrement d&apos;émission</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reconciliation entry %1 recorded.</source>
        <translation>Écriture de rapprochement %1 enregistrée.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>CANNOT CHECK</source>
        <translation>VÉRIFICATION IMPOSSIBLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The on-chain supply could not be read: %1</source>
        <translation>L&apos;offre en circulation sur la blockchain n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HOLDS</source>
        <translation>ÉQUILIBRÉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every token on chain is accounted for (at block %1).</source>
        <translation>Chaque jeton sur la blockchain est comptabilisé (au bloc %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BREAKS BY %1 tokens</source>
        <translation>ÉCART DE %1 jetons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are %1 more tokens on chain than the books account for.</source>
        <translation>Il y a %1 jetons de plus sur la blockchain que dans les comptes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are %1 fewer tokens on chain than the books account for.</source>
        <translation>Il y a %1 jetons de moins sur la blockchain que dans les comptes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-chain total supply (at the listener&apos;s block %1)</source>
        <translation>Offre totale sur la blockchain (au bloc %1 de l&apos;écoute)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-chain minted (listener)</source>
        <translation>Jetons émis sur la blockchain (écoute)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-chain burned (listener)</source>
        <translation>Jetons brûlés sur la blockchain (écoute)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minted according to the books (deposits and mint records)</source>
        <translation>Jetons émis selon les comptes (dépôts et enregistrements d&apos;émission)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redeemed for orders</source>
        <translation>Jetons dépensés pour des commandes</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reconciliation entries (%n)</source>
        <translation>
            <numerusform>Écriture de rapprochement (%n)</numerusform>
            <numerusform>Écritures de rapprochement (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected on chain</source>
        <translation>Attendu sur la blockchain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference (on chain − expected)</source>
        <translation>Écart (blockchain − attendu)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Record reconciliation entry</source>
        <translation>Enregistrer une écriture de rapprochement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction 0x%1 minted %2 tokens to %3 in block %4, and no deposit or mint record of the app matches it. Record why (who made it and what for), so the books account for these tokens.</source>
        <translation>La transaction 0x%1 a émis %2 jetons vers %3 dans le bloc %4, et aucun dépôt ni enregistrement d&apos;émission de l&apos;application ne lui correspond. Indiquez pourquoi (qui l&apos;a faite et dans quel but), afin que les comptes intègrent ces jetons.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Record entry</source>
        <translation>&amp;Enregistrer l&apos;écriture</translation>
    </message>
</context>
<context>
    <name>vd::ui::RolesPage</name>
    <message>
        <location filename="../ui/contract/RolesPage.cpp" line="+27"/>
        <source>&amp;Grant…</source>
        <translation>&amp;Accorder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role / member</source>
        <translation>Rôle / membre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admin role</source>
        <translation>Rôle administrateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0x… checksummed address</source>
        <translation>Adresse 0x… avec somme de contrôle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;fresh</source>
        <translation>Actua&amp;liser</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only an administrator may grant or revoke roles.</source>
        <translation>Seul un administrateur peut accorder ou révoquer des rôles.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose a role.</source>
        <translation>Choisissez un rôle.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (unnamed role)</source>
        <translation>%1 (rôle sans nom)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n membre)</numerusform>
            <numerusform>%1 (%n membres)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unnamed role %1</source>
        <translation>rôle sans nom %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(not read)</source>
        <translation>(non lu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ chain and record agree</source>
        <translation>✓ la chaîne et l&apos;enregistrement concordent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (the Safe)</source>
        <translation>%1 (le Safe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (loaded key)</source>
        <translation>%1 (clé chargée)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>on chain, not in the listener&apos;s record</source>
        <translation>sur la chaîne, absent de l&apos;enregistrement de l&apos;écoute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the listener&apos;s record, not on chain</source>
        <translation>dans l&apos;enregistrement de l&apos;écoute, absent de la chaîne</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the roles from the chain…</source>
        <translation>Lecture des rôles sur la chaîne…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chain could not be read: %1</source>
        <translation>La chaîne n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read from the chain at %1. The listener has recorded nothing yet, so there is no grant history to show or compare.</source>
        <translation>Lu sur la chaîne à %1. L&apos;écoute de la blockchain n&apos;a encore rien enregistré : il n&apos;y a donc aucun historique d&apos;attributions à afficher ni à comparer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read from the chain at %1; the listener&apos;s record agrees.</source>
        <translation>Lu sur la chaîne à %1 ; l&apos;enregistrement de l&apos;écoute concorde.</translation>
    </message>
</context>
<context>
    <name>vd::ui::RotationWizard</name>
    <message>
        <location filename="../ui/contract/RotationWizard.cpp" line="+30"/>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 existe déjà ; choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Pause the token during the rotation</source>
        <translation>Mettre le jeton en &amp;pause pendant la rotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create the new keystore</source>
        <translation>&amp;Créer le nouveau fichier keystore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an &amp;existing file…</source>
        <translation>Utiliser un fichier &amp;existant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start the rotation</source>
        <translation>&amp;Démarrer la rotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose this step to the Sa&amp;fe…</source>
        <translation>Proposer cette étape au Sa&amp;fe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;bandon rotation</source>
        <translation>A&amp;bandonner la rotation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key rotation: replace the minter key</source>
        <translation>Rotation de clé : remplacer la clé d&apos;émission</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The old minter key loses MINTER_ROLE and a new key gets it. Each step is one transaction you confirm; the wizard remembers the steps done, so it can be closed and resumed.</source>
        <translation>L&apos;ancienne clé d&apos;émission perd MINTER_ROLE et une nouvelle clé le reçoit. Chaque étape est une transaction que vous confirmez ; l&apos;assistant mémorise les étapes effectuées : vous pouvez donc le fermer et le reprendre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Old minter:</source>
        <translation>&amp;Ancien compte émetteur :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;keystore file:</source>
        <translation>Nouveau fichier &amp;keystore :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pass&amp;word for a new file:</source>
        <translation>Mot de &amp;passe du nouveau fichier :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Confirmez-le :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New minter:</source>
        <translation>Nouveau compte émetteur :</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Keystore of the new minter key</source>
        <translation>Fichier keystore de la nouvelle clé d&apos;émission</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New keystore written to %1. Keep the password safe: it cannot be recovered.</source>
        <translation>Nouveau fichier keystore écrit dans %1. Conservez le mot de passe en lieu sûr : il ne peut pas être récupéré.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Rotation finished: %1 is the minter now.</source>
        <translation>Rotation terminée : %1 est désormais le compte émetteur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotation abandoned. The steps already done stay done on the chain.</source>
        <translation>Rotation abandonnée. Les étapes déjà effectuées restent acquises sur la chaîne.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where to write the new keystore</source>
        <translation>Où écrire le nouveau fichier keystore</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creating the keystore (this takes a few seconds)…</source>
        <translation>Création du fichier keystore (cela prend quelques secondes)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The new keystore holds the old minter&apos;s key: create a new one.</source>
        <translation>Le nouveau fichier keystore contient la clé de l&apos;ancien compte émetteur : créez-en un nouveau.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Old minter %1
New minter %2 (keystore %3)</source>
        <translation>Ancien compte émetteur %1
Nouveau compte émetteur %2 (fichier keystore %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✓ %1 — %2</source>
        <translation>✓ %1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>→ %1 (next)</source>
        <translation>→ %1 (suivante)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>   %1</source>
        <translation>   %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Use the new keystore for minting</source>
        <translation>&amp;Utiliser le nouveau fichier keystore pour l&apos;émission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign this step now…</source>
        <translation>&amp;Signer cette étape maintenant…</translation>
    </message>
</context>
<context>
    <name>vd::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="+34"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>One URL per line, in priority order</source>
        <translation>Une URL par ligne, par ordre de priorité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data&amp;base:</source>
        <translation>&amp;Base :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TLS mode:</source>
        <translation>Mode &amp;TLS :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA &amp;certificate:</source>
        <translation>&amp;Certificat de l&apos;AC :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chain</source>
        <translation>Blockchain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chain &amp;id:</source>
        <translation>&amp;Identifiant de chaîne :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;RPC endpoints:</source>
        <translation>Points d&apos;accès &amp;RPC :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Token contract:</source>
        <translation>Contrat du &amp;jeton :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Safe:</source>
        <translation>&amp;Safe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onfirmations:</source>
        <translation>C&amp;onfirmations :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0x… keccak of the token&apos;s runtime code (needed before signing)</source>
        <translation>0x… keccak du code déployé du jeton (nécessaire avant de signer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token code &amp;hash:</source>
        <translation>&amp;Empreinte du code du jeton :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing keys (keystore files; passwords are never stored here)</source>
        <translation>Clés de signature (fichiers keystore ; les mots de passe ne sont jamais enregistrés ici)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a keystore file</source>
        <translation>Choisir un fichier keystore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keystore files (*.json);;All files (*)</source>
        <translation>Fichiers keystore (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Minter key:</source>
        <translation>Clé d&apos;é&amp;mission :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Administrator key:</source>
        <translation>Clé d&apos;&amp;administrateur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This workstation</source>
        <translation>Ce poste de travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Desk name:</source>
        <translation>Nom du &amp;poste :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Enter the database host.</source>
        <translation>Saisissez l&apos;hôte de la base de données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the database name.</source>
        <translation>Saisissez le nom de la base de données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS mode %1 needs the CA certificate file.</source>
        <translation>Le mode TLS %1 nécessite le fichier du certificat de l&apos;AC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an http(s) or ws(s) URL.</source>
        <translation>« %1 » n&apos;est pas une URL http(s) ou ws(s).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the %1 address.</source>
        <translation>Saisissez l&apos;adresse : %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 address: %2</source>
        <translation>Adresse %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 address must be written with its checksum (mixed case): %2</source>
        <translation>L&apos;adresse %1 doit être écrite avec sa somme de contrôle (majuscules et minuscules) : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token code hash is 0x followed by 64 hexadecimal digits.</source>
        <translation>L&apos;empreinte du code du jeton est 0x suivi de 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token contract</source>
        <translation>Contrat du jeton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safe</source>
        <translation>Safe</translation>
    </message>
</context>
<context>
    <name>vd::ui::SignDialog</name>
    <message>
        <location filename="../ui/signing/SignDialog.cpp" line="+29"/>
        <source>&amp;Remember this key&apos;s password on this computer (system keychain)</source>
        <translation>Mémo&amp;riser le mot de passe de cette clé sur cet ordinateur (trousseau du système)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign and send</source>
        <translation>&amp;Signer et envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Propose to the Safe instead</source>
        <translation>&amp;Proposer plutôt au Safe</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+142"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Sign a transaction</source>
        <translation>Signer une transaction</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Key &amp;password:</source>
        <translation>M&amp;ot de passe de la clé :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type %1 to &amp;confirm:</source>
        <translation>Tapez %1 pour &amp;confirmer :</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Checking before anything is signed…</source>
        <translation>Vérification avant toute signature…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the chain, the contract&apos;s code, the key&apos;s role, and trying the call without sending it.</source>
        <translation>Vérification de la chaîne, du code du contrat, du rôle de la clé, et essai de l&apos;appel sans l&apos;envoyer.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not signed</source>
        <translation>Non signée</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+108"/>
        <location line="+24"/>
        <location line="+29"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Read this before you sign</source>
        <translation>Lisez ceci avant de signer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chain</source>
        <translation>Blockchain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract code</source>
        <translation>Code du contrat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>matches the pinned hash %1</source>
        <translation>correspond à l&apos;empreinte épinglée %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by</source>
        <translation>Signée par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee at most</source>
        <translation>Frais maximum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (gas limit %2, max %3)</source>
        <translation>%1 (limite de gas %2, max. %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key&apos;s balance</source>
        <translation>Solde de la clé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key&apos;s balance (%1) does not cover the fee (%2). Top it up before signing.</source>
        <translation>Le solde de la clé (%1) ne couvre pas les frais (%2). Approvisionnez-la avant de signer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+116"/>
        <source>Nothing has been signed yet.</source>
        <translation>Rien n&apos;a encore été signé.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Filled in from this computer&apos;s keychain.</source>
        <translation>Rempli depuis le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Unlocking the key and signing…</source>
        <translation>Déverrouillage de la clé et signature…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sent — waiting for the chain</source>
        <translation>Envoyée — en attente de la blockchain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction %1 is in the network. Closing this window does not stop it.</source>
        <translation>La transaction %1 est sur le réseau. Fermer cette fenêtre ne l&apos;arrête pas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of %2 confirmations</source>
        <translation>%1 confirmations sur %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done — confirmed on chain</source>
        <translation>Terminé — confirmée sur la blockchain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction %1, block %2.</source>
        <translation>Transaction %1, bloc %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The transaction failed</source>
        <translation>La transaction a échoué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
</context>
<context>
    <name>vd::ui::SignInDialog</name>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="+21"/>
        <source>&amp;Remember my password on this computer (in the system keychain)</source>
        <translation>Mémo&amp;riser mon mot de passe sur cet ordinateur (dans le trousseau du système)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in to VoucherDesk</source>
        <translation>Connexion à VoucherDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database: %1:%2/%3</source>
        <translation>Base de données : %1:%2/%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in with your own login</source>
        <translation>Connectez-vous avec votre propre identifiant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Enter your login and password.</source>
        <translation>Saisissez votre identifiant et votre mot de passe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Password not remembered: %1</source>
        <translation>Mot de passe non mémorisé : %1</translation>
    </message>
</context>
<context>
    <name>vd::ui::StatusLight</name>
    <message>
        <location filename="../ui/StatusLight.cpp" line="+19"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✔ connected</source>
        <translation>✔ connecté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>▲ attention</source>
        <translation>▲ attention</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✖ offline</source>
        <translation>✖ hors ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… unknown</source>
        <translation>… inconnu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>vd::ui::VerdictCard</name>
    <message numerus="yes">
        <location filename="../ui/reception/VerdictCard.cpp" line="+177"/>
        <source>Back to ready in %n s</source>
        <translation>
            <numerusform>Retour à « prêt » dans %n s</numerusform>
            <numerusform>Retour à « prêt » dans %n s</numerusform>
        </translation>
    </message>
</context>
</TS>
