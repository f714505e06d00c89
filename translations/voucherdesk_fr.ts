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
        <location filename="../app/main.cpp" line="+25"/>
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
        <location line="+16"/>
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
        <location filename="../core/config/AppConfig.cpp" line="+82"/>
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
    <name>vd::health::HealthMonitor</name>
    <message>
        <location filename="../core/health/HealthMonitor.cpp" line="+72"/>
        <source>Connected to %1 (schema %2)</source>
        <translation>Connecté à %1 (schéma %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chain listener silent for %1 s</source>
        <translation>Écoute de la blockchain muette depuis %1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chain listener %1, %2 blocks behind</source>
        <translation>Écoute de la blockchain %1, %2 blocs de retard</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../core/listener/ListenerWorker.cpp" line="+122"/>
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
        <location line="+480"/>
        <source>A chain reorganisation reached block %1, below the finalized block %2. The listener stopped and waits for an operator (replay from a block to resume).</source>
        <translation>Une réorganisation de la chaîne a atteint le bloc %1, sous le bloc finalisé %2. L&apos;écoute s&apos;est arrêtée et attend un opérateur (relecture depuis un bloc pour reprendre).</translation>
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
        <location filename="../ui/MainWindow.cpp" line="+68"/>
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
        <location line="+4"/>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+101"/>
        <source>Chain listener stopped: %1</source>
        <translation>Écoute de la blockchain arrêtée : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This desk does not host the chain listener: %1</source>
        <translation>Ce poste n&apos;héberge pas l&apos;écoute de la blockchain : %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+5"/>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
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
    <name>vd::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="+28"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+44"/>
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
        <location line="+3"/>
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
