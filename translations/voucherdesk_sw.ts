<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw">
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ui/QtStrings.cpp" line="+10"/>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Hifadhi zote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ndiyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Ndiyo kwa &amp;zote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Hapana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Hapana kwa z&amp;ote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Acha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Jaribu tena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Puuza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Tupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Msaada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Tumia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Weka upya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Rejesha chaguo-msingi</translation>
    </message>
</context>
<context>
    <name>VerdictPresenter</name>
    <message>
        <location filename="../ui/reception/VerdictPresenter.cpp" line="+41"/>
        <source>VALID</source>
        <translation>SAHIHI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DELIVERED</source>
        <translation>IMEKABIDHIWA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALREADY DELIVERED</source>
        <translation>ILISHAKABIDHIWA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PENDING ON CHAIN</source>
        <translation>INASUBIRI BLOCKCHAIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT PAID</source>
        <translation>HAIJALIPWA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UNDERPAID</source>
        <translation>MALIPO HAYATOSHI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EXPIRED</source>
        <translation>MUDA UMEISHA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CANCELLED</source>
        <translation>IMEGHAIRIWA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UNKNOWN CODE</source>
        <translation>MSIMBO HAUJULIKANI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT AN ORDER CODE</source>
        <translation>SI MSIMBO WA AGIZO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DATABASE OFFLINE</source>
        <translation>HIFADHIDATA HAIPATIKANI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RE-CHECK FAILED</source>
        <translation>UKAGUZI UMESHINDWA</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>ERROR</source>
        <translation>HITILAFU</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>READY TO SCAN</source>
        <translation>TAYARI KUSKANI</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan the customer&apos;s QR code</source>
        <translation>Skani msimbo wa QR wa mteja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the phone in front of the camera or pull the hand scanner&apos;s trigger. Ctrl+F searches by name, phone or code.</source>
        <translation>Shikilia simu mbele ya kamera au bonyeza kitufe cha skana. Ctrl+F hutafuta kwa jina, simu au msimbo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CHECKING…</source>
        <translation>INAKAGUA…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking the order up</source>
        <translation>Inatafuta agizo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not hand anything over yet.</source>
        <translation>Usikabidhi chochote bado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CONNECTING…</source>
        <translation>INAUNGANISHA…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaching the database</source>
        <translation>Inafikia hifadhidata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not hand anything over until this desk says it is ready to scan.</source>
        <translation>Usikabidhi chochote hadi dawati hili lionyeshe kuwa liko tayari kuskani.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DELIVERING…</source>
        <translation>INAKABIDHI…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the payment on the blockchain</source>
        <translation>Inakagua malipo kwenye blockchain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not hand anything over yet. This takes at most a second or two.</source>
        <translation>Usikabidhi chochote bado. Hii huchukua sekunde moja au mbili tu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Do not hand anything over.</source>
        <translation>Usikabidhi chochote.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hand over: %1</source>
        <translation>Kabidhi: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Enter (or click Deliver) to record the hand-over, then give the customer the item.</source>
        <translation>Bonyeza Enter (au bofya Kabidhi) kurekodi makabidhiano, kisha mpe mteja bidhaa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer: %1</source>
        <translation>Mteja: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid: %1 tokens</source>
        <translation>Amelipa: tokeni %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the customer: %1</source>
        <translation>Mpe mteja: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded as delivered just now. Thank the customer.</source>
        <translation>Imerekodiwa kuwa imekabidhiwa sasa hivi. Mshukuru mteja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered at %1 by %2 at %3</source>
        <translation>Imekabidhiwa saa %1 na %2 kwenye dawati %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>Note: %1</source>
        <translation>Dokezo: %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Payment re-checked on the blockchain.</source>
        <translation>Malipo yamekaguliwa upya kwenye blockchain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment not re-checked on the blockchain; the database&apos;s word was used.</source>
        <translation>Malipo hayakukaguliwa upya kwenye blockchain; hifadhidata ndiyo iliyotumika.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delivered %1 by %2 at %3</source>
        <translation>Ilikabidhiwa %1 na %2 kwenye dawati %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 This order was already handed over. If the customer disagrees, contact support.</source>
        <translation>%1 Agizo hili lilishakabidhiwa. Mteja akipinga, wasiliana na huduma kwa wateja.</translation>
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
        <translation>Bidhaa: %1</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Confirmations: %1 of %2</source>
        <translation>Uthibitisho: %1 kati ya %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not hand anything over yet. The payment is on its way: ask the customer to wait, this screen turns VALID by itself.</source>
        <translation>Usikabidhi chochote bado. Malipo yako njiani: mwombe mteja asubiri, skrini hii itabadilika kuwa SAHIHI yenyewe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No payment for this order yet</source>
        <translation>Bado hakuna malipo ya agizo hili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Ask the customer to redeem the voucher in their wallet, then scan again.</source>
        <translation>%1 Mwombe mteja atumie vocha kwenye pochi yake, kisha skani tena.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paid %1 of %2 tokens</source>
        <translation>Amelipa tokeni %1 kati ya %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 The payment is short. The customer should contact support.</source>
        <translation>%1 Malipo hayatoshi. Mteja awasiliane na huduma kwa wateja.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expired %1</source>
        <translation>Muda uliisha %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 The order expired before it was paid. The customer should contact support.</source>
        <translation>%1 Muda wa agizo uliisha kabla ya kulipwa. Mteja awasiliane na huduma kwa wateja.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This order was cancelled</source>
        <translation>Agizo hili limeghairiwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled: %1</source>
        <translation>Limeghairiwa: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 The customer should contact support.</source>
        <translation>%1 Mteja awasiliane na huduma kwa wateja.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No order has this code</source>
        <translation>Hakuna agizo lenye msimbo huu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Check that the customer shows the code of their order; otherwise they should contact support.</source>
        <translation>%1 Hakikisha mteja anaonyesha msimbo wa agizo lake; vinginevyo awasiliane na huduma kwa wateja.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a VoucherDesk order code</source>
        <translation>Huu si msimbo wa agizo wa VoucherDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was looked up. Ask for the order&apos;s QR code (its text starts with VD1-).</source>
        <translation>Hakuna kilichotafutwa. Omba msimbo wa QR wa agizo (maandishi yake huanza na VD1-).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delivery is impossible until the database is back</source>
        <translation>Haiwezekani kukabidhi hadi hifadhidata irudi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Ask the customer to wait; this screen clears by itself when the connection returns.</source>
        <translation>%1 Mwombe mteja asubiri; skrini hii itajisafisha yenyewe muunganisho ukirudi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The blockchain contradicts the database</source>
        <translation>Blockchain inapingana na hifadhidata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Call a supervisor; the customer should contact support.</source>
        <translation>%1 Mwite msimamizi; mteja awasiliane na huduma kwa wateja.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Something went wrong</source>
        <translation>Kuna tatizo limetokea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Scan again; if it happens again, contact support.</source>
        <translation>%1 Skani tena; likitokea tena, wasiliana na huduma kwa wateja.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same code scanned again: same result.</source>
        <translation>Msimbo ule ule umeskaniwa tena: matokeo ni yale yale.</translation>
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
        <translation>Matumizi: voucherdesk [AMRI] [--config FAILI] [HOJA]

Bila amri, hufungua dirisha la VoucherDesk.

Amri:
  migrate          tumia mabadiliko ya muundo wa hifadhidata (kama mmiliki wa hifadhidata)
  check            kujikagua: programu-jalizi za Qt, hifadhidata na muundo wake, kitambulisho cha mnyororo cha RPC, hifadhi ya siri, kamera
  decode IMAGE...  kile skana inachosoma katika kila picha, mstari mmoja wa JSON kwa kila picha
  listen           fuatilia mkataba wa tokeni ndani ya hifadhidata (huduma isiyo na dirisha; SIGTERM huisimamisha)

Chaguo:
  --config FAILI   soma mipangilio kutoka faili hii ya INI badala ya mipangilio ya mtumiaji
  --health-port N  listen: toa /health na /metrics kwenye 127.0.0.1:N
  --replay-from N  listen: soma upya mnyororo kuanzia bloku N (bila kurudia), kisha endelea kufuatilia
  --endpoint I     listen: tumia kwanza kituo cha RPC cha nafasi ya I
  --poll-ms MS     listen: muda kati ya maulizo karibu na kilele cha mnyororo
  --version        onyesha toleo la VoucherDesk na la maktaba inazotumia
  --exit-after S   funga dirisha baada ya sekunde S (majaribio mafupi)
  -h, --help       onyesha msaada huu

Mazingira:
  VOUCHERDESK_DB_PASSWORD  nenosiri la hifadhidata kwa matumizi bila dirisha (huduma, mazingira ya majaribio)
</translation>
    </message>
</context>
<context>
    <name>vd::app</name>
    <message>
        <location filename="../app/Cli.cpp" line="+95"/>
        <location line="+11"/>
        <source>Database password for %1: </source>
        <translation>Nenosiri la hifadhidata kwa %1: </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Imeshindwa kuunganisha na %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Schema is up to date (version %1).</source>
        <translation>Muundo uko katika toleo la sasa (toleo %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migrated from version %1 to %2: %3</source>
        <translation>Imehamishwa kutoka toleo %1 hadi %2: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Settings: %1</source>
        <translation>Mipangilio: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt SQL driver</source>
        <translation>Kiendeshi cha SQL cha Qt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Qt platform plugins</source>
        <translation>Programu-jalizi za jukwaa za Qt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt multimedia</source>
        <translation>Medianuwai ya Qt</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Database</source>
        <translation>Hifadhidata</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+34"/>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1, schema %2</source>
        <translation>%1, muundo %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database role</source>
        <translation>Jukumu katika hifadhidata</translation>
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
        <translation>hakuna kituo kilichowekwa</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: not a JSON-RPC answer</source>
        <translation>%1: si jibu la JSON-RPC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: chain %2, expected %3</source>
        <translation>%1: mnyororo %2, ulitarajiwa %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keychain</source>
        <translation>Hifadhi ya siri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secret storage works</source>
        <translation>Hifadhi ya siri inafanya kazi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cameras</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none found</source>
        <translation>hakuna iliyopatikana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All checks passed.</source>
        <translation>Ukaguzi wote umefaulu.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>Ukaguzi %n umeshindwa.</numerusform>
            <numerusform>Ukaguzi %n umeshindwa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: voucherdesk decode IMAGE...</source>
        <translation>matumizi: voucherdesk decode IMAGE...</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>listen: no database user is configured.</source>
        <translation>listen: hakuna mtumiaji wa hifadhidata aliyewekwa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>listen: the chain settings need rpc_urls and token.</source>
        <translation>listen: mipangilio ya mnyororo inahitaji rpc_urls na token.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>listen: the token address %1 is not valid.</source>
        <translation>listen: anwani ya tokeni %1 si sahihi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>listen: cannot reach the database: %1</source>
        <translation>listen: hifadhidata haifikiki: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>listen: %1</source>
        <translation>listen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>listen: cannot set up the signal handler.</source>
        <translation>listen: imeshindwa kuweka kishughulikia ishara.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>listen: %1 (%2)</source>
        <translation>listen: %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>listen: cannot serve /health on 127.0.0.1:%1</source>
        <translation>listen: imeshindwa kutoa /health kwenye 127.0.0.1:%1</translation>
    </message>
</context>
<context>
    <name>vd::auth</name>
    <message>
        <location filename="../core/auth/Operators.cpp" line="+48"/>
        <source>No database connection.</source>
        <translation>Hakuna muunganisho na hifadhidata.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password could not be prepared: %1</source>
        <translation>Nenosiri halikuweza kuandaliwa: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Reception</source>
        <translation>Mapokezi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back office</source>
        <translation>Ofisi ya nyuma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <translation>Msimamizi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chain listener</source>
        <translation>Msikilizaji wa mnyororo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web shop</source>
        <translation>Duka la mtandaoni</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No role</source>
        <translation>Hakuna jukumu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The password needs at least 10 characters.</source>
        <translation>Nenosiri linahitaji angalau herufi 10.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must not start or end with a space.</source>
        <translation>Nenosiri lisianze wala lisiishe kwa nafasi.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The database did not say who you are.</source>
        <translation>Hifadhidata haikusema wewe ni nani.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The login %1 is not a member of a staff group (reception, back office or administrator). Ask an administrator.</source>
        <translation>Jina la kuingia %1 si la kikundi chochote cha wafanyakazi (mapokezi, ofisi ya nyuma au msimamizi). Muulize msimamizi.</translation>
    </message>
</context>
<context>
    <name>vd::chain::Abi</name>
    <message>
        <location filename="../core/chain/Abi.cpp" line="+20"/>
        <source>The value does not match the ABI type %1.</source>
        <translation>Thamani hailingani na aina ya ABI %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The value does not fit in the ABI type %1.</source>
        <translation>Thamani haitoshei katika aina ya ABI %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The ABI data holds an invalid value for type %1.</source>
        <translation>Data ya ABI ina thamani batili kwa aina %1.</translation>
    </message>
    <message>
        <location line="+387"/>
        <source>Expected %1 values, got %2.</source>
        <translation>Thamani %1 zilitarajiwa, zimepokelewa %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a valid function or event signature.</source>
        <translation>&quot;%1&quot; si saini halali ya kazi au tukio.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;%1&quot; is not a list of ABI types.</source>
        <translation>&quot;%1&quot; si orodha ya aina za ABI.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The transaction was reverted with an unrecognized error (%1).</source>
        <translation>Muamala umebatilishwa kwa hitilafu isiyotambulika (%1).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The contract refused: %1</source>
        <translation>Mkataba umekataa: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contract failed an internal check (%1, panic code %2).</source>
        <translation>Mkataba umeshindwa ukaguzi wa ndani (%1, msimbo wa panic %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account %1 lacks role %2.</source>
        <translation>Akaunti %1 haina jukumu %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Account %1 has a balance of %2 base units but %3 are needed.</source>
        <translation>Akaunti %1 ina salio la vipimo vya msingi %2 lakini vinahitajika %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spender %1 may spend %2 base units but %3 are needed.</source>
        <translation>Mtumiaji %1 anaweza kutumia vipimo vya msingi %2 lakini vinahitajika %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens cannot be sent to %1.</source>
        <translation>Tokeni haziwezi kutumwa kwa %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens cannot be sent from %1.</source>
        <translation>Tokeni haziwezi kutumwa kutoka %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account %1 is frozen.</source>
        <translation>Akaunti %1 imezuiwa.</translation>
    </message>
    <message>
        <location filename="../core/chain/AbiType.cpp" line="+14"/>
        <source>&quot;%1&quot; is not a supported ABI type.</source>
        <translation>&quot;%1&quot; si aina ya ABI inayotumika.</translation>
    </message>
</context>
<context>
    <name>vd::chain::Address</name>
    <message>
        <location filename="../core/chain/Address.cpp" line="+39"/>
        <source>An address is 0x followed by 40 hexadecimal digits; &quot;%1&quot; is not one.</source>
        <translation>Anwani ni 0x ikifuatiwa na tarakimu 40 za heksadesimali; &quot;%1&quot; si anwani.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The address %1 has a wrong checksum (mixed upper and lower case that does not match): it was probably mistyped or altered.</source>
        <translation>Anwani %1 ina checksum isiyo sahihi (herufi kubwa na ndogo hazilingani): huenda iliandikwa vibaya au ilibadilishwa.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An address is 20 bytes long, not %1.</source>
        <translation>Anwani ina baiti 20, si %1.</translation>
    </message>
</context>
<context>
    <name>vd::chain::ContractReader</name>
    <message>
        <location filename="../core/chain/rpc/ContractReader.cpp" line="+264"/>
        <source>There is no contract at %1 on this chain.</source>
        <translation>Hakuna mkataba kwenye %1 katika mnyororo huu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The contract code at %1 changed: its hash is %2, but %3 was pinned. Nothing will be signed until an administrator checks the contract.</source>
        <translation>Msimbo wa mkataba kwenye %1 umebadilika: hashi yake ni %2, lakini %3 ndiyo iliyowekwa. Hakuna kitakachosainiwa hadi msimamizi aukague mkataba.</translation>
    </message>
</context>
<context>
    <name>vd::chain::Hex</name>
    <message>
        <location filename="../core/chain/Hex.cpp" line="+23"/>
        <source>The value is not valid hexadecimal data.</source>
        <translation>Thamani si data halali ya heksadesimali.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Expected %1 bytes of hexadecimal data, got %2.</source>
        <translation>Baiti %1 za data ya heksadesimali zilitarajiwa, zimepokelewa %2.</translation>
    </message>
</context>
<context>
    <name>vd::chain::Keystore</name>
    <message>
        <location filename="../core/chain/Keystore.cpp" line="+34"/>
        <source>The keystore file is damaged or not a keystore: %1</source>
        <translation>Faili ya keystore imeharibika au si keystore: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>field &quot;%1&quot; is missing.</source>
        <translation>sehemu &quot;%1&quot; haipo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>field &quot;%1&quot; is not valid hex of the right length.</source>
        <translation>sehemu &quot;%1&quot; si heksadesimali halali ya urefu sahihi.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The keystore uses the cipher &quot;%1&quot;; only aes-128-ctr is supported.</source>
        <translation>Keystore inatumia usimbaji &quot;%1&quot;; ni aes-128-ctr pekee inayotumika.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The keystore uses the key derivation &quot;%1&quot;; only scrypt and pbkdf2 are supported.</source>
        <translation>Keystore inatumia uzalishaji wa ufunguo &quot;%1&quot;; ni scrypt na pbkdf2 pekee zinazotumika.</translation>
    </message>
</context>
<context>
    <name>vd::chain::PrivateKey</name>
    <message>
        <location filename="../core/chain/PrivateKey.cpp" line="+20"/>
        <source>The private key is not a valid secp256k1 key.</source>
        <translation>Ufunguo binafsi si ufunguo halali wa secp256k1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not generate a random key.</source>
        <translation>Imeshindwa kutengeneza ufunguo wa nasibu.</translation>
    </message>
</context>
<context>
    <name>vd::chain::Rlp</name>
    <message>
        <location filename="../core/chain/Rlp.cpp" line="+30"/>
        <source>The RLP data is nested too deeply.</source>
        <translation>Data ya RLP imefungamana kwa kina kupita kiasi.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The RLP data ends before its declared length.</source>
        <translation>Data ya RLP inaisha kabla ya urefu uliotangazwa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The RLP data is not in canonical (shortest) form.</source>
        <translation>Data ya RLP haiko katika umbo la kawaida (fupi zaidi).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The RLP data declares a length larger than the data.</source>
        <translation>Data ya RLP inatangaza urefu mkubwa kuliko data yenyewe.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The RLP data is empty.</source>
        <translation>Data ya RLP ni tupu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The RLP data has bytes after its single item.</source>
        <translation>Data ya RLP ina baiti baada ya kipengele chake kimoja.</translation>
    </message>
    <message>
        <location filename="../core/chain/RlpItem.cpp" line="+31"/>
        <source>The RLP item is not a canonical integer.</source>
        <translation>Kipengele cha RLP si namba kamili ya kawaida.</translation>
    </message>
</context>
<context>
    <name>vd::chain::RpcError</name>
    <message>
        <location filename="../core/chain/rpc/RpcError.cpp" line="+205"/>
        <source>The node refused the log query because the block range is too large; it suggests blocks %1 to %2.</source>
        <translation>Nodi imekataa ombi la kumbukumbu kwa sababu safu ya bloku ni kubwa mno; inapendekeza bloku %1 hadi %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The node refused the log query because the block range is too large; it allows at most %1 blocks.</source>
        <translation>Nodi imekataa ombi la kumbukumbu kwa sababu safu ya bloku ni kubwa mno; inaruhusu bloku %1 kwa juu kabisa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node refused the log query because the block range is too large.</source>
        <translation>Nodi imekataa ombi la kumbukumbu kwa sababu safu ya bloku ni kubwa mno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The node is limiting requests; try again in %1 seconds.</source>
        <translation>Nodi inapunguza maombi; jaribu tena baada ya sekunde %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node is limiting requests; try again later.</source>
        <translation>Nodi inapunguza maombi; jaribu tena baadaye.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node did not answer in time.</source>
        <translation>Nodi haikujibu kwa wakati.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node&apos;s TLS certificate could not be verified; the connection was refused.</source>
        <translation>Cheti cha TLS cha nodi hakikuweza kuthibitishwa; muunganisho umekataliwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node refused the connection.</source>
        <translation>Nodi imekataa muunganisho.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node&apos;s host name could not be resolved.</source>
        <translation>Jina la seva ya nodi halikuweza kupatikana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node closed the connection before answering.</source>
        <translation>Nodi imefunga muunganisho kabla ya kujibu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node could not be reached (%1).</source>
        <translation>Nodi haifikiki (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node&apos;s server failed (HTTP status %1).</source>
        <translation>Seva ya nodi imeshindwa (hali ya HTTP %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node is unhealthy or behind the chain: %1</source>
        <translation>Nodi ina hitilafu au iko nyuma ya mnyororo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node sent an answer that is not valid JSON.</source>
        <translation>Nodi imetuma jibu ambalo si JSON halali.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node sent an invalid JSON-RPC answer: %1</source>
        <translation>Nodi imetuma jibu batili la JSON-RPC: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contract refused the call: %1</source>
        <translation>Mkataba umekataa ombi: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contract refused the call without giving a reason.</source>
        <translation>Mkataba umekataa ombi bila kutoa sababu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The node serves chain %1, but chain %2 is configured; it will not be used.</source>
        <translation>Nodi inahudumia mnyororo %1, lakini mnyororo %2 ndio uliowekwa; haitatumika.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node serves a different chain than the configured one; it will not be used.</source>
        <translation>Nodi inahudumia mnyororo tofauti na uliowekwa; haitatumika.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node refused access (HTTP status %1); check the API key of this RPC endpoint.</source>
        <translation>Nodi imekataa ufikiaji (hali ya HTTP %1); kagua ufunguo wa API wa kituo hiki cha RPC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node rejected the request as invalid: %1</source>
        <translation>Nodi imekataa ombi kama batili: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node returned an error: %1</source>
        <translation>Nodi imerudisha hitilafu: %1</translation>
    </message>
</context>
<context>
    <name>vd::chain::Safe</name>
    <message>
        <location filename="../core/chain/SafeBatchExport.cpp" line="+84"/>
        <source>The method %1 cannot be written to a Safe batch file.</source>
        <translation>Mbinu %1 haiwezi kuandikwa kwenye faili ya kundi la Safe.</translation>
    </message>
</context>
<context>
    <name>vd::chain::SafeMintVerifier</name>
    <message>
        <location filename="../core/chain/SafeMintVerifier.cpp" line="+97"/>
        <source>The transaction was executed by a different Safe, not %1.</source>
        <translation>Muamala ulitekelezwa na Safe nyingine, si %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Safe executed a different transaction than the proposal %1.</source>
        <translation>Safe ilitekeleza muamala tofauti na pendekezo %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Safe transaction minted to %1 instead of (or besides) %2.</source>
        <translation>Muamala wa Safe ulitoa tokeni kwa %1 badala ya (au pamoja na) %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The transaction minted nothing of the token %1.</source>
        <translation>Muamala haukutoa tokeni yoyote ya %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Safe transaction minted %1 base units, but the deposit is for %2.</source>
        <translation>Muamala wa Safe ulitoa vipimo vya msingi %1, lakini amana ni %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The transaction has %1 of the %2 confirmations required; check again later.</source>
        <translation>Muamala una uthibitisho %1 kati ya %2 unaohitajika; kagua tena baadaye.</translation>
    </message>
</context>
<context>
    <name>vd::chain::Signer</name>
    <message>
        <location filename="../core/chain/Signer.cpp" line="+41"/>
        <source>Signing failed.</source>
        <translation>Kusaini kumeshindwa.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The signature is not valid.</source>
        <translation>Saini si halali.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The public key is not a valid uncompressed key.</source>
        <translation>Ufunguo wa umma si ufunguo halali usiobanwa.</translation>
    </message>
</context>
<context>
    <name>vd::chain::TxSender</name>
    <message>
        <location filename="../core/chain/rpc/TxSender.cpp" line="+91"/>
        <source>The fee needed now, %1 gwei per gas, is above your cap of %2 gwei. Raise the cap or try again when fees are lower.</source>
        <translation>Ada inayohitajika sasa, gwei %1 kwa kila gas, inazidi kikomo chako cha gwei %2. Ongeza kikomo au jaribu tena ada zikishuka.</translation>
    </message>
</context>
<context>
    <name>vd::chain::U256</name>
    <message>
        <location filename="../core/chain/U256.cpp" line="+95"/>
        <location line="+44"/>
        <source>The number does not fit in 256 bits.</source>
        <translation>Namba haitoshei katika biti 256.</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+13"/>
        <source>The value is not a 0x-prefixed hexadecimal number.</source>
        <translation>Thamani si namba ya heksadesimali inayoanza na 0x.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The token has an unsupported number of decimals.</source>
        <translation>Tokeni ina idadi ya desimali isiyotumika.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter an amount.</source>
        <translation>Weka kiasi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <location line="+9"/>
        <source>The amount must be a plain number like 12.5 (digits and one decimal point).</source>
        <translation>Kiasi kiwe namba ya kawaida kama 12.5 (tarakimu na nukta moja ya desimali).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The amount has more than %n decimal place(s).</source>
        <translation>
            <numerusform>Kiasi kina zaidi ya nafasi %n ya desimali.</numerusform>
            <numerusform>Kiasi kina zaidi ya nafasi %n za desimali.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount is too large.</source>
        <translation>Kiasi ni kikubwa mno.</translation>
    </message>
</context>
<context>
    <name>vd::config</name>
    <message>
        <location filename="../core/config/AppConfig.cpp" line="+82"/>
        <source>The settings could not be saved to %1 (%2).</source>
        <translation>Mipangilio haikuweza kuhifadhiwa kwenye %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not writable</source>
        <translation>haiandikiki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format error</source>
        <translation>hitilafu ya muundo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>BNB Chain (56)</source>
        <translation>BNB Chain (56)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BNB Chain testnet (97)</source>
        <translation>BNB Chain ya majaribio (97)</translation>
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
        <translation>Mnyororo wa majaribio wa ndani (31337)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chain %1</source>
        <translation>Mnyororo %1</translation>
    </message>
    <message>
        <location filename="../core/config/RpcSecrets.cpp" line="+66"/>
        <location line="+25"/>
        <source>The keychain did not answer.</source>
        <translation>Hifadhi ya siri haikujibu.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>This RPC URL contains an API key and must be kept in the keychain, which is not available: %1</source>
        <translation>URL hii ya RPC ina ufunguo wa API na lazima itunzwe kwenye hifadhi ya siri, ambayo haipatikani: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The RPC endpoint %1 is kept in the keychain, which could not be read: %2</source>
        <translation>Kituo cha RPC %1 kimetunzwa kwenye hifadhi ya siri, ambayo haikuweza kusomwa: %2</translation>
    </message>
</context>
<context>
    <name>vd::config::SecretStore</name>
    <message>
        <location filename="../core/config/SecretStore.cpp" line="+22"/>
        <source>No saved secret was found in the keychain.</source>
        <translation>Hakuna siri iliyohifadhiwa iliyopatikana kwenye hifadhi ya siri.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain refused access.</source>
        <translation>Hifadhi ya siri imekataa ufikiaji.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain is available on this computer; passwords will be asked each time.</source>
        <translation>Hakuna hifadhi ya siri kwenye kompyuta hii; nenosiri litaulizwa kila mara.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain reported an error: %1</source>
        <translation>Hifadhi ya siri imeripoti hitilafu: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The keychain did not answer within %1 s.</source>
        <translation>Hifadhi ya siri haikujibu ndani ya sekunde %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The keychain returned a different value than was stored.</source>
        <translation>Hifadhi ya siri imerudisha thamani tofauti na iliyohifadhiwa.</translation>
    </message>
</context>
<context>
    <name>vd::db</name>
    <message>
        <location filename="../core/db/Database.cpp" line="+21"/>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed.</source>
        <translation>Kiendeshi cha PostgreSQL cha Qt (QPSQL) hakijasakinishwa.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The database refused the user name or password.</source>
        <translation>Hifadhidata imekataa jina la mtumiaji au nenosiri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to the database could not be verified: %1</source>
        <translation>Muunganisho salama na hifadhidata haukuweza kuthibitishwa: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your database role is not allowed to do this: %1</source>
        <translation>Jukumu lako katika hifadhidata haliruhusu hili: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This already exists: %1</source>
        <translation>Hii tayari ipo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database refused the change: %1</source>
        <translation>Hifadhidata imekataa mabadiliko: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database cannot be reached: %1</source>
        <translation>Hifadhidata haifikiki: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database error: %1</source>
        <translation>Hitilafu ya hifadhidata: %1</translation>
    </message>
</context>
<context>
    <name>vd::db::Migrator</name>
    <message>
        <location filename="../core/db/Migrator.cpp" line="+37"/>
        <source>No database connection.</source>
        <translation>Hakuna muunganisho na hifadhidata.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The database has schema version %1 but this VoucherDesk only knows up to %2. Install the newer VoucherDesk before using this database.</source>
        <translation>Hifadhidata ina muundo wa toleo %1 lakini VoucherDesk hii inajua hadi toleo %2 tu. Sakinisha VoucherDesk mpya kabla ya kutumia hifadhidata hii.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database has schema version %1; this VoucherDesk needs %2. Run `voucherdesk migrate` (as the database owner).</source>
        <translation>Hifadhidata ina muundo wa toleo %1; VoucherDesk hii inahitaji %2. Endesha `voucherdesk migrate` (kama mmiliki wa hifadhidata).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The database has schema version %1 but this VoucherDesk only knows up to %2; nothing was changed.</source>
        <translation>Hifadhidata ina muundo wa toleo %1 lakini VoucherDesk hii inajua hadi toleo %2 tu; hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Migration %1 was applied from a different file than this VoucherDesk carries.</source>
        <translation>Mabadiliko %1 yalitumiwa kutoka faili tofauti na ile iliyo ndani ya VoucherDesk hii.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Mabadiliko %1 (%2) yameshindwa: %3</translation>
    </message>
</context>
<context>
    <name>vd::health::HealthMonitor</name>
    <message>
        <location filename="../core/health/HealthMonitor.cpp" line="+72"/>
        <source>Connected to %1 (schema %2)</source>
        <translation>Imeunganishwa na %1 (muundo %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chain listener silent for %1 s</source>
        <translation>Msikilizaji wa mnyororo kimya kwa sekunde %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chain listener %1, %2 blocks behind</source>
        <translation>Msikilizaji wa mnyororo %1, bloku %2 nyuma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No chain listener has reported yet</source>
        <translation>Bado hakuna msikilizaji wa mnyororo aliyeripoti</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No RPC endpoint configured</source>
        <translation>Hakuna kituo cha RPC kilichowekwa</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>RPC endpoint %1 unreachable: %2</source>
        <translation>Kituo cha RPC %1 hakifikiki: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RPC endpoint gave an invalid answer</source>
        <translation>Kituo cha RPC kimetoa jibu batili</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong chain: the endpoint serves chain %1, expected %2</source>
        <translation>Mnyororo usio sahihi: kituo kinahudumia mnyororo %1, ulitarajiwa %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, block %2</source>
        <translation>%1, bloku %2</translation>
    </message>
</context>
<context>
    <name>vd::listener::ListenerWorker</name>
    <message>
        <location filename="../core/listener/ListenerWorker.cpp" line="+122"/>
        <source>The token address in the settings is not valid: %1</source>
        <translation>Anwani ya tokeni kwenye mipangilio si sahihi: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Safe address in the settings is not valid: %1</source>
        <translation>Anwani ya Safe kwenye mipangilio si sahihi: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No RPC endpoint is configured.</source>
        <translation>Hakuna kituo cha RPC kilichowekwa.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The RPC endpoint serves chain %1, but chain %2 is configured. The listener stopped.</source>
        <translation>Kituo cha RPC kinahudumia mnyororo %1, lakini mnyororo %2 ndio uliowekwa. Msikilizaji amesimama.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no contract at %1 on this chain. The listener stopped.</source>
        <translation>Hakuna mkataba kwenye %1 katika mnyororo huu. Msikilizaji amesimama.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The pinned code hash in the settings is not valid.</source>
        <translation>Hashi ya msimbo iliyowekwa kwenye mipangilio si sahihi.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The contract code at %1 changed: its hash is 0x%2, but 0x%3 was pinned. The listener stopped; an administrator must check the contract.</source>
        <translation>Msimbo wa mkataba kwenye %1 umebadilika: hashi yake ni 0x%2, lakini 0x%3 ndiyo iliyowekwa. Msikilizaji amesimama; msimamizi lazima aukague mkataba.</translation>
    </message>
    <message>
        <location line="+480"/>
        <source>A chain reorganisation reached block %1, below the finalized block %2. The listener stopped and waits for an operator (replay from a block to resume).</source>
        <translation>Upangaji upya wa mnyororo umefika bloku %1, chini ya bloku iliyokamilishwa %2. Msikilizaji amesimama na anamsubiri mhudumu (soma upya kuanzia bloku fulani ili kuendelea).</translation>
    </message>
</context>
<context>
    <name>vd::orders::DeskWorker</name>
    <message>
        <location filename="../core/orders/DeskWorker.cpp" line="+83"/>
        <source>Connected to %1</source>
        <translation>Imeunganishwa na %1</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Unknown order status %1</source>
        <translation>Hali ya agizo isiyojulikana %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The database gave no answer to the delivery.</source>
        <translation>Hifadhidata haikutoa jibu lolote kuhusu makabidhiano.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The order is %1 and cannot be delivered.</source>
        <translation>Agizo liko katika hali %1 na haliwezi kukabidhiwa.</translation>
    </message>
</context>
<context>
    <name>vd::orders::RedemptionCheckWorker</name>
    <message>
        <location filename="../core/orders/RedemptionCheckWorker.cpp" line="+74"/>
        <source>No blockchain endpoint is configured; delivered on the database&apos;s word.</source>
        <translation>Hakuna kituo cha blockchain kilichowekwa; imekabidhiwa kwa kutegemea hifadhidata.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The blockchain did not answer within %1 ms; delivered on the database&apos;s word.</source>
        <translation>Blockchain haikujibu ndani ya ms %1; imekabidhiwa kwa kutegemea hifadhidata.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The blockchain could not be asked (%1); delivered on the database&apos;s word.</source>
        <translation>Blockchain haikuweza kuulizwa (%1); imekabidhiwa kwa kutegemea hifadhidata.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the endpoint serves chain %1, not %2</source>
        <translation>kituo kinahudumia mnyororo %1, si %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The blockchain has no redemption for this order.</source>
        <translation>Blockchain haina malipo ya agizo hili.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The redemption transaction %1 is not on the blockchain.</source>
        <translation>Muamala wa malipo %1 haupo kwenye blockchain.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The redemption transaction %1 failed on the blockchain.</source>
        <translation>Muamala wa malipo %1 umeshindwa kwenye blockchain.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The transaction %1 does not redeem this order with our token.</source>
        <translation>Muamala %1 haulipii agizo hili kwa tokeni yetu.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The block %1 holding the redemption is no longer on the main chain.</source>
        <translation>Bloku %1 yenye malipo haiko tena kwenye mnyororo mkuu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redemption confirmed on the blockchain (block %1).</source>
        <translation>Malipo yamethibitishwa kwenye blockchain (bloku %1).</translation>
    </message>
</context>
<context>
    <name>vd::scan::ImageDecodeReport</name>
    <message>
        <location filename="../core/scan/ImageDecodeReport.cpp" line="+58"/>
        <source>The file could not be read as an image.</source>
        <translation>Faili haikuweza kusomwa kama picha.</translation>
    </message>
</context>
<context>
    <name>vd::scan::PayloadParser</name>
    <message>
        <location filename="../core/scan/PayloadParser.cpp" line="+60"/>
        <source>Not an order code: it does not start with VD1- or 0x.</source>
        <translation>Si msimbo wa agizo: hauanzi na VD1- wala 0x.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not an order code: expected %1 hex digits after the prefix, found %2.</source>
        <translation>Si msimbo wa agizo: tarakimu %1 za heksadesimali zilitarajiwa baada ya kiambishi, zimepatikana %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not an order code: &quot;%1&quot; is not a hex digit.</source>
        <translation>Si msimbo wa agizo: &quot;%1&quot; si tarakimu ya heksadesimali.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+19"/>
        <source>Not an order code: upper and lower case letters are mixed.</source>
        <translation>Si msimbo wa agizo: herufi kubwa na ndogo zimechanganywa.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+139"/>
        <source>Not an order code: the scanner seems to type with a different keyboard layout (AZERTY?). Set the scanner to the keyboard layout of this computer.</source>
        <translation>Si msimbo wa agizo: skana inaonekana kuandika kwa mpangilio tofauti wa kibodi (AZERTY?). Weka skana kwenye mpangilio wa kibodi wa kompyuta hii.</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Not an order code: links with a query (&quot;?&quot;) are not accepted.</source>
        <translation>Si msimbo wa agizo: viungo vyenye hoja (&quot;?&quot;) havikubaliwi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an order code: links with a fragment (&quot;#&quot;) are not accepted.</source>
        <translation>Si msimbo wa agizo: viungo vyenye kipande (&quot;#&quot;) havikubaliwi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an order code: links with a user name (&quot;@&quot;) are not accepted.</source>
        <translation>Si msimbo wa agizo: viungo vyenye jina la mtumiaji (&quot;@&quot;) havikubaliwi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not an order code: links with escaped characters (&quot;%&quot;) are not accepted.</source>
        <translation>Si msimbo wa agizo: viungo vyenye herufi zilizofichwa (&quot;%&quot;) havikubaliwi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not an order code: the link does not end with an order code.</source>
        <translation>Si msimbo wa agizo: kiungo hakiishi na msimbo wa agizo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not an order code: the link is malformed.</source>
        <translation>Si msimbo wa agizo: kiungo kina kasoro.</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+65"/>
        <source>Not an order code: it is longer than %1 characters.</source>
        <translation>Si msimbo wa agizo: ni mrefu kuliko herufi %1.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Not an order code: nothing was read.</source>
        <translation>Si msimbo wa agizo: hakuna kilichosomwa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not an order code: it contains control characters.</source>
        <translation>Si msimbo wa agizo: una herufi za udhibiti.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not an order code: it contains invisible or text-direction characters.</source>
        <translation>Si msimbo wa agizo: una herufi zisizoonekana au za mwelekeo wa maandishi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not an order code: it contains characters other than plain letters and digits.</source>
        <translation>Si msimbo wa agizo: una herufi zaidi ya herufi na tarakimu za kawaida.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not an order code: &quot;%1&quot; links are not accepted.</source>
        <translation>Si msimbo wa agizo: viungo vya &quot;%1&quot; havikubaliwi.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not an order code: it contains binary data.</source>
        <translation>Si msimbo wa agizo: una data ya binari.</translation>
    </message>
</context>
<context>
    <name>vd::ui::BackOfficePage</name>
    <message>
        <location filename="../ui/BackOfficePage.cpp" line="+21"/>
        <source>Dashboard</source>
        <translation>Dashibodi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders, deposits, listener health and reconciliation at a glance.</source>
        <translation>Maagizo, amana, hali ya msikilizaji na ulinganisho kwa mtazamo mmoja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Maagizo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search orders, see their timeline, create and cancel orders.</source>
        <translation>Tafuta maagizo, ona historia yao, unda na ughairi maagizo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposits</source>
        <translation>Amana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fiat deposits, payment confirmation and token mints.</source>
        <translation>Amana za fedha, uthibitisho wa malipo na utoaji wa tokeni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconciliation</source>
        <translation>Ulinganisho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On-chain supply against the books.</source>
        <translation>Tokeni zilizopo kwenye blockchain ukilinganisha na vitabu vya hesabu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Mkataba</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause, freezing and key rotation.</source>
        <translation>Kusitisha, kuzuia akaunti na kubadilisha funguo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Majukumu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who holds which role on the token contract.</source>
        <translation>Nani ana jukumu gani kwenye mkataba wa tokeni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit</source>
        <translation>Ukaguzi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every action, who did it and when.</source>
        <translation>Kila kitendo, nani alikifanya na lini.</translation>
    </message>
</context>
<context>
    <name>vd::ui::CameraController</name>
    <message>
        <location filename="../ui/reception/CameraController.cpp" line="+94"/>
        <location line="+96"/>
        <source>No camera found. Use the hand scanner, open an image (Ctrl+O) or search (Ctrl+F).</source>
        <translation>Hakuna kamera iliyopatikana. Tumia skana ya mkono, fungua picha (Ctrl+O) au tafuta (Ctrl+F).</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Waiting for permission to use the camera…</source>
        <translation>Inasubiri ruhusa ya kutumia kamera…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer does not allow VoucherDesk to use the camera. Allow it in the system&apos;s privacy settings, or use the hand scanner.</source>
        <translation>Kompyuta hii hairuhusu VoucherDesk kutumia kamera. Iruhusu kwenye mipangilio ya faragha ya mfumo, au tumia skana ya mkono.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The camera reported a problem: %1. Try another camera or use the hand scanner.</source>
        <translation>Kamera imeripoti tatizo: %1. Jaribu kamera nyingine au tumia skana ya mkono.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>default format</source>
        <translation>muundo wa kawaida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1x%2 %3</source>
        <translation>%1x%2 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Camera: %1 (%2)</source>
        <translation>Kamera: %1 (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The camera was disconnected. Plug it back in, pick another one, or use the hand scanner.</source>
        <translation>Kamera imechomolewa. Ichomeke tena, chagua nyingine, au tumia skana ya mkono.</translation>
    </message>
</context>
<context>
    <name>vd::ui::CameraPreview</name>
    <message>
        <location filename="../ui/reception/CameraPreview.cpp" line="+54"/>
        <source>No camera picture</source>
        <translation>Hakuna picha ya kamera</translation>
    </message>
</context>
<context>
    <name>vd::ui::LockOverlay</name>
    <message>
        <location filename="../ui/LockOverlay.cpp" line="+19"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Fungua</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Desk locked by %1</source>
        <translation>Dawati limefungwa na %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your password to continue, or switch to another person.</source>
        <translation>Weka nenosiri lako ili kuendelea, au badilisha mtu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;witch person</source>
        <translation>&amp;Badilisha mtu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrong password.</source>
        <translation>Nenosiri si sahihi.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Checking…</source>
        <translation>Inakagua…</translation>
    </message>
</context>
<context>
    <name>vd::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+68"/>
        <source>Database</source>
        <translation>Hifadhidata</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chain</source>
        <translation>Mnyororo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listener</source>
        <translation>Msikilizaji</translation>
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
        <translation>&amp;Mapokezi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back office</source>
        <translation>&amp;Ofisi ya nyuma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Operators</source>
        <translation>Wahudumu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Faili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Mipangilio…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock desk</source>
        <translation>F&amp;unga dawati</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;witch person…</source>
        <translation>&amp;Badilisha mtu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Ondoka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Mwonekano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full screen</source>
        <translation>Skrini &amp;nzima</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Msaada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About VoucherDesk</source>
        <translation>&amp;Kuhusu VoucherDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About VoucherDesk</source>
        <translation>Kuhusu VoucherDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;VoucherDesk %1&lt;/b&gt;&lt;p&gt;Reception and back office for a token-paid shop.&lt;/p&gt;</source>
        <translation>&lt;b&gt;VoucherDesk %1&lt;/b&gt;&lt;p&gt;Mapokezi na ofisi ya nyuma ya duka linalolipwa kwa tokeni.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Chain listener stopped: %1</source>
        <translation>Msikilizaji wa mnyororo amesimama: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This desk does not host the chain listener: %1</source>
        <translation>Dawati hili halimwendeshi msikilizaji wa mnyororo: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+5"/>
        <source>Settings not saved</source>
        <translation>Mipangilio haijahifadhiwa</translation>
    </message>
</context>
<context>
    <name>vd::ui::OperatorModel</name>
    <message>
        <location filename="../ui/models/OperatorModel.cpp" line="+32"/>
        <source>Disabled</source>
        <translation>Amezimwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Hai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>kamwe</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Login</source>
        <translation>Jina la kuingia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Jukumu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sign-in</source>
        <translation>Aliingia mwisho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Wapi</translation>
    </message>
</context>
<context>
    <name>vd::ui::OperatorsPage</name>
    <message>
        <location filename="../ui/OperatorsPage.cpp" line="+36"/>
        <source>lowercase, e.g. amina.n</source>
        <translation>herufi ndogo, mfano amina.n</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Login:</source>
        <translation>&amp;Jina la kuingia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full &amp;name:</source>
        <translation>Jina &amp;kamili:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Jukumu:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New &amp;password:</source>
        <translation>&amp;Nenosiri jipya:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Lirudie:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passwords differ.</source>
        <translation>Manenosiri mawili hayafanani.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a login.</source>
        <translation>Weka jina la kuingia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the person&apos;s name.</source>
        <translation>Weka jina la mtu huyo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+24"/>
        <source>&amp;Disable</source>
        <translation>&amp;Zima</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&lt;h2&gt;Operators&lt;/h2&gt;&lt;p&gt;Each person signs in with their own login. Reception can only scan and deliver; back office handles deposits and mints; administrators also manage operators and settings.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Wahudumu&lt;/h2&gt;&lt;p&gt;Kila mtu huingia kwa jina lake la kuingia. Mapokezi yanaweza kuskani na kukabidhi tu; ofisi ya nyuma hushughulikia amana na utoaji wa tokeni; wasimamizi pia husimamia wahudumu na mipangilio.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New operator…</source>
        <translation>Mhudumu &amp;mpya…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;password…</source>
        <translation>Weka upya &amp;nenosiri…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>Onye&amp;sha upya</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Enable</source>
        <translation>&amp;Washa</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>New operator</source>
        <translation>Mhudumu mpya</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Operator %1 created as %2.</source>
        <translation>Mhudumu %1 ameundwa kama %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>Select an operator first.</source>
        <translation>Chagua mhudumu kwanza.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>New password for %1</source>
        <translation>Nenosiri jipya la %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password of %1 reset.</source>
        <translation>Nenosiri la %1 limewekwa upya.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 can sign in again.</source>
        <translation>%1 anaweza kuingia tena.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 can no longer sign in.</source>
        <translation>%1 hawezi kuingia tena.</translation>
    </message>
</context>
<context>
    <name>vd::ui::ReceptionPage</name>
    <message>
        <location filename="../ui/ReceptionPage.cpp" line="+121"/>
        <source>The database has not confirmed the delivery. Do not hand anything over until this screen says DELIVERED; this scan can never be recorded twice.</source>
        <translation>Hifadhidata haijathibitisha makabidhiano. Usikabidhi chochote hadi skrini hii ionyeshe IMEKABIDHIWA; skani hii haiwezi kurekodiwa mara mbili.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Camera off. Use the hand scanner, open an image (Ctrl+O) or search (Ctrl+F).</source>
        <translation>Kamera imezimwa. Tumia skana ya mkono, fungua picha (Ctrl+O) au tafuta (Ctrl+F).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Note for the hand-over (optional)</source>
        <translation>Dokezo kuhusu makabidhiano (si lazima)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deliver  ⏎</source>
        <translation>Kabidhi  ⏎</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the hand-over (Enter)</source>
        <translation>Rekodi makabidhiano (Enter)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Desk not named — set it in Settings</source>
        <translation>Dawati halina jina — liweke kwenye Mipangilio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desk: %1</source>
        <translation>Dawati: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open image…</source>
        <translation>Fungua picha…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste</source>
        <translation>Bandika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fast mode</source>
        <translation>Hali ya haraka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliver VALID codes as soon as they are scanned (the verdict is still shown)</source>
        <translation>Kabidhi misimbo SAHIHI mara tu inaposkaniwa (matokeo bado huonyeshwa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mute</source>
        <translation>Kimya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Silence the desk sounds (Ctrl+M)</source>
        <translation>Zima sauti za dawati (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide names</source>
        <translation>Ficha majina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large text</source>
        <translation>Maandishi makubwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk</source>
        <translation>Kioski</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reception desk alone, full screen (Ctrl+K)</source>
        <translation>Mapokezi pekee, skrini nzima (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delivered today: —</source>
        <translation>Yaliyokabidhiwa leo: —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chain listener: —</source>
        <translation>Msikilizaji wa mnyororo: —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search (Ctrl+F)</source>
        <translation>Tafuta (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name, phone or order code</source>
        <translation>Jina, simu au msimbo wa agizo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Last scans at this desk</source>
        <translation>Skani za mwisho kwenye dawati hili</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No database is configured.</source>
        <translation>Hakuna hifadhidata iliyowekwa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delivered today: %1 at this desk (%2 at all desks)</source>
        <translation>Yaliyokabidhiwa leo: %1 kwenye dawati hili (%2 kwenye madawati yote)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Chain listener: %n block(s) behind</source>
        <translation>
            <numerusform>Msikilizaji wa mnyororo: bloku %n nyuma</numerusform>
            <numerusform>Msikilizaji wa mnyororo: bloku %n nyuma</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chain listener: %1</source>
        <translation>Msikilizaji wa mnyororo: %1</translation>
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
        <translation>Skana ya mkono: imezimwa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● Hand scanner ready</source>
        <translation>● Skana ya mkono iko tayari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — last read %2</source>
        <translation>%1 — ilisoma mwisho %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>○ Focus lost — click this window so the hand scanner can type into it</source>
        <translation>○ Dirisha halijachaguliwa — bofya dirisha hili ili skana iweze kuandika ndani yake</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No order matches “%1”</source>
        <translation>Hakuna agizo linalolingana na “%1”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open a picture of a QR code</source>
        <translation>Fungua picha ya msimbo wa QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Picha (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The picture could not be read.</source>
        <translation>Picha haikuweza kusomwa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No QR code was found in the picture.</source>
        <translation>Hakuna msimbo wa QR uliopatikana kwenye picha.</translation>
    </message>
</context>
<context>
    <name>vd::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="+28"/>
        <source>Settings</source>
        <translation>Mipangilio</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>One URL per line, in priority order</source>
        <translation>URL moja kwa kila mstari, kwa mpangilio wa kipaumbele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System language</source>
        <translation>Lugha ya mfumo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database</source>
        <translation>Hifadhidata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Host:</source>
        <translation>&amp;Seva:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Lango:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data&amp;base:</source>
        <translation>&amp;Hifadhidata:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Mtumiaji:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TLS mode:</source>
        <translation>Hali ya &amp;TLS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA &amp;certificate:</source>
        <translation>&amp;Cheti cha CA:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chain</source>
        <translation>Mnyororo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chain &amp;id:</source>
        <translation>&amp;Kitambulisho cha mnyororo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;RPC endpoints:</source>
        <translation>Vituo vya &amp;RPC:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Token contract:</source>
        <translation>Mkataba wa &amp;tokeni:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Safe:</source>
        <translation>&amp;Safe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onfirmations:</source>
        <translation>&amp;Uthibitisho:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This workstation</source>
        <translation>Kompyuta hii</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Desk name:</source>
        <translation>Jina la &amp;dawati:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lugha:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Enter the database host.</source>
        <translation>Weka seva ya hifadhidata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the database name.</source>
        <translation>Weka jina la hifadhidata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS mode %1 needs the CA certificate file.</source>
        <translation>Hali ya TLS %1 inahitaji faili ya cheti cha CA.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an http(s) or ws(s) URL.</source>
        <translation>“%1” si URL ya http(s) au ws(s).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the %1 address.</source>
        <translation>Weka anwani ya %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 address: %2</source>
        <translation>Anwani ya %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 address must be written with its checksum (mixed case): %2</source>
        <translation>Anwani ya %1 lazima iandikwe pamoja na checksum yake (herufi kubwa na ndogo): %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token contract</source>
        <translation>Mkataba wa tokeni</translation>
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
        <translation>&amp;Kumbuka nenosiri langu kwenye kompyuta hii (katika hifadhi ya siri ya mfumo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Ingia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in to VoucherDesk</source>
        <translation>Ingia kwenye VoucherDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database: %1:%2/%3</source>
        <translation>Hifadhidata: %1:%2/%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in with your own login</source>
        <translation>Ingia kwa jina lako mwenyewe la kuingia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Login:</source>
        <translation>&amp;Jina la kuingia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Nenosiri:</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Enter your login and password.</source>
        <translation>Weka jina lako la kuingia na nenosiri.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing in…</source>
        <translation>Inaingia…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Password not remembered: %1</source>
        <translation>Nenosiri halijakumbukwa: %1</translation>
    </message>
</context>
<context>
    <name>vd::ui::StatusLight</name>
    <message>
        <location filename="../ui/StatusLight.cpp" line="+19"/>
        <source>Checking…</source>
        <translation>Inakagua…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✔ connected</source>
        <translation>✔ imeunganishwa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>▲ attention</source>
        <translation>▲ tahadhari</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✖ offline</source>
        <translation>✖ haipatikani</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… unknown</source>
        <translation>… haijulikani</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vd::ui::VerdictCard</name>
    <message numerus="yes">
        <location filename="../ui/reception/VerdictCard.cpp" line="+177"/>
        <source>Back to ready in %n s</source>
        <translation>
            <numerusform>Kurudi tayari baada ya sekunde %n</numerusform>
            <numerusform>Kurudi tayari baada ya sekunde %n</numerusform>
        </translation>
    </message>
</context>
</TS>
