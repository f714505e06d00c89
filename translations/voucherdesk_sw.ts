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
    <name>vd::admin::AdminChainWorker</name>
    <message>
        <location filename="../core/admin/AdminChainWorker.cpp" line="+60"/>
        <source>The token contract or the blockchain endpoints are not configured (File &gt; Settings).</source>
        <translation>Mkataba wa tokeni au vituo vya blockchain havijawekwa (Faili &gt; Mipangilio).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There is no contract at this address on this chain.</source>
        <translation>Hakuna mkataba kwenye anwani hii katika mnyororo huu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No code hash is pinned in the settings: the contract cannot be verified and nothing will be signed until it is pinned.</source>
        <translation>Hakuna hashi ya msimbo iliyowekwa kwenye mipangilio: mkataba hauwezi kuthibitishwa na hakuna kitakachosainiwa hadi hashi iwekwe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contract&apos;s code is not the pinned one (pinned %1). Do not sign anything: the address or the contract changed.</source>
        <translation>Msimbo wa mkataba si ule uliowekwa (uliowekwa ni %1). Usisaini chochote: anwani au mkataba umebadilika.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The loaded key %1 holds none of the token&apos;s roles.</source>
        <translation>Ufunguo uliopakiwa %1 hauna jukumu lolote la tokeni.</translation>
    </message>
</context>
<context>
    <name>vd::admin::AdminDbWorker</name>
    <message>
        <location filename="../core/admin/AdminDbWorker.cpp" line="+194"/>
        <source>Key rotation %1 does not exist.</source>
        <translation>Ubadilishaji wa ufunguo %1 haupo.</translation>
    </message>
</context>
<context>
    <name>vd::admin::AdminModel</name>
    <message>
        <location filename="../core/admin/AdminModel.cpp" line="+49"/>
        <location line="+366"/>
        <source>Pause the token</source>
        <translation>Sitisha tokeni</translation>
    </message>
    <message>
        <location line="-365"/>
        <location line="+371"/>
        <source>Unpause the token</source>
        <translation>Ondoa usitishaji wa tokeni</translation>
    </message>
    <message>
        <location line="-370"/>
        <source>Grant a role</source>
        <translation>Kabidhi jukumu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke a role</source>
        <translation>Ondoa jukumu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freeze an account</source>
        <translation>Fungia akaunti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unfreeze an account</source>
        <translation>Fungulia akaunti</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>The chain counts %1 members but listed %2.</source>
        <translation>Mnyororo unahesabu wanachama %1 lakini umeorodhesha %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chain has %1 member(s), the listener&apos;s record %2.</source>
        <translation>Mnyororo una wanachama %1, rekodi ya msikilizaji ina %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only on the chain: %1.</source>
        <translation>Kwenye mnyororo pekee: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only in the database: %1.</source>
        <translation>Kwenye hifadhidata pekee: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The listener may be behind; the chain is what counts.</source>
        <translation>Huenda msikilizaji yuko nyuma; mnyororo ndio unaohesabiwa.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Enter the account&apos;s address (0x followed by 40 hex digits).</source>
        <translation>Weka anwani ya akaunti (0x ikifuatiwa na tarakimu 40 za heksadesimali).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address is not written with its checksum (EIP-55 mixed case), so a typo in it would go unnoticed. Copy it from the wallet or block explorer as %1.</source>
        <translation>Anwani haijaandikwa pamoja na checksum yake (herufi kubwa na ndogo za EIP-55), kwa hiyo kosa la uchapaji ndani yake lisingegunduliwa. Inakili kutoka kwenye pochi au kichunguzi cha bloku kama %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The zero address belongs to nobody: a role granted to it, or a freeze of it, is useless and usually a mistake.</source>
        <translation>Anwani sifuri si mali ya mtu yeyote: kuikabidhi jukumu, au kuifungia, hakuna manufaa na kwa kawaida ni kosa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The token is already paused. Nothing to do: pausing again would only spend a fee.</source>
        <translation>Tokeni tayari imesitishwa. Hakuna la kufanya: kusitisha tena kungetumia ada tu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token is not paused, so there is nothing to unpause.</source>
        <translation>Tokeni haijasitishwa, kwa hiyo hakuna usitishaji wa kuondoa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The zero address belongs to nobody: a role granted to it is lost and usually a mistake.</source>
        <translation>Anwani sifuri si mali ya mtu yeyote: jukumu lililokabidhiwa kwake hupotea na kwa kawaida ni kosa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already holds %2.</source>
        <translation>%1 tayari ina %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 does not hold %2; there is nothing to revoke.</source>
        <translation>%1 haina %2; hakuna cha kuondoa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The holders of DEFAULT_ADMIN_ROLE could not be read from the chain. Revoking an administrator is refused until they can be counted.</source>
        <translation>Wenye DEFAULT_ADMIN_ROLE hawakuweza kusomwa kutoka kwenye mnyororo. Kumwondolea msimamizi jukumu kunakataliwa hadi waweze kuhesabiwa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is the last holder of DEFAULT_ADMIN_ROLE. Without it nobody could ever grant or revoke a role again (not even to replace a lost key). Grant DEFAULT_ADMIN_ROLE to the new administrator (for example the Safe) first.</source>
        <translation>%1 ndiye mwenye DEFAULT_ADMIN_ROLE wa mwisho. Bila hilo hakuna mtu angeweza tena kukabidhi au kuondoa jukumu lolote (hata kubadilisha ufunguo uliopotea). Kwanza kabidhi DEFAULT_ADMIN_ROLE kwa msimamizi mpya (kwa mfano Safe).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The zero address cannot be frozen or unfrozen.</source>
        <translation>Anwani sifuri haiwezi kufungiwa wala kufunguliwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the reason for freezing this account (it is kept in the audit trail).</source>
        <translation>Eleza sababu ya kuifungia akaunti hii (huhifadhiwa kwenye kumbukumbu za ukaguzi).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the reason for unfreezing this account (it is kept in the audit trail).</source>
        <translation>Eleza sababu ya kuifungulia akaunti hii (huhifadhiwa kwenye kumbukumbu za ukaguzi).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already frozen.</source>
        <translation>%1 tayari imefungiwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not frozen (as far as the listener has seen).</source>
        <translation>%1 haijafungiwa (kwa kadiri msikilizaji alivyoona).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (the Safe)</source>
        <translation>%1 (Safe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody holds it.</source>
        <translation>Hakuna aliye nalo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is held by %1.</source>
        <translation>Liko kwa %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No signing key is loaded; this needs %1. %2</source>
        <translation>Hakuna ufunguo wa kusaini uliopakiwa; hili linahitaji %1. %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The loaded key %1 holds %2.</source>
        <translation>Ufunguo uliopakiwa %1 una %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The loaded key %1 lacks %2. %3</source>
        <translation>Ufunguo uliopakiwa %1 hauna %2. %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Propose it to the Safe instead.</source>
        <translation>Badala yake, lipendekeze kwa Safe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>VoucherDesk token</source>
        <translation>Tokeni ya VoucherDesk</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>role</source>
        <translation>jukumu</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>account</source>
        <translation>akaunti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reason (kept in the audit, not on the chain)</source>
        <translation>sababu (huhifadhiwa kwenye ukaguzi, si kwenye mnyororo)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Grant %1 to %2</source>
        <translation>Kabidhi %1 kwa %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke %1 from %2</source>
        <translation>Ondoa %1 kutoka kwa %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freeze %1</source>
        <translation>Fungia %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unfreeze %1</source>
        <translation>Fungulia %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Revoke MINTER_ROLE from the old minter</source>
        <translation>Ondoa MINTER_ROLE kutoka kwa akaunti ya zamani ya utoaji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grant MINTER_ROLE to the new minter</source>
        <translation>Kabidhi MINTER_ROLE kwa akaunti mpya ya utoaji</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the new keystore for minting on this workstation</source>
        <translation>Tumia keystore mpya kwa utoaji wa tokeni kwenye kompyuta hii</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>key rotation #%1</source>
        <translation>ubadilishaji wa ufunguo #%1</translation>
    </message>
</context>
<context>
    <name>vd::admin::AdminService</name>
    <message>
        <location filename="../core/admin/AdminServiceSigning.cpp" line="+12"/>
        <source>No keystore is loaded.</source>
        <translation>Hakuna keystore iliyopakiwa.</translation>
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
        <location line="+21"/>
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
        <translation>Akaunti %1 imefungiwa.</translation>
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
        <location filename="../core/config/AppConfig.cpp" line="+84"/>
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
    <name>vd::dashboard::DashboardWorker</name>
    <message>
        <location filename="../core/dashboard/DashboardWorker.cpp" line="+69"/>
        <source>The database cannot be reached.</source>
        <translation>Hifadhidata haifikiki.</translation>
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
    <name>vd::deposits</name>
    <message>
        <location filename="../core/deposits/DepositCsv.cpp" line="+87"/>
        <source>A quoted field that starts on line %1 never ends.</source>
        <translation>Sehemu iliyo ndani ya alama za nukuu inayoanzia mstari %1 haifungwi kamwe.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The first line must name the columns: customer, wallet, fiat_amount, currency (optional: token_amount, payment_id).</source>
        <translation>Mstari wa kwanza lazima utaje safu: customer, wallet, fiat_amount, currency (si lazima: token_amount, payment_id).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The customer&apos;s name is missing.</source>
        <translation>Jina la mteja halipo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer&apos;s name is longer than 200 characters.</source>
        <translation>Jina la mteja lina herufi zaidi ya 200.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The zero address cannot receive tokens.</source>
        <translation>Anwani sifuri haiwezi kupokea tokeni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fiat amount %1 is negative.</source>
        <translation>Kiasi cha fedha %1 ni hasi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fiat amount &quot;%1&quot; is not an amount with at most two decimals.</source>
        <translation>Kiasi cha fedha &quot;%1&quot; si kiasi chenye desimali zisizozidi mbili.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fiat amount must be more than zero.</source>
        <translation>Kiasi cha fedha lazima kiwe zaidi ya sifuri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a currency code (three letters, e.g. EUR).</source>
        <translation>&quot;%1&quot; si msimbo wa sarafu (herufi tatu, mfano EUR).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token amount %1 is negative.</source>
        <translation>Kiasi cha tokeni %1 ni hasi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token amount &quot;%1&quot; is not an amount with at most %2 decimals.</source>
        <translation>Kiasi cha tokeni &quot;%1&quot; si kiasi chenye desimali zisizozidi %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token amount must be more than zero.</source>
        <translation>Kiasi cha tokeni lazima kiwe zaidi ya sifuri.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expected %1 fields as in the header, found %2.</source>
        <translation>Sehemu %1 zilitarajiwa kama kwenye kichwa, zimepatikana %2.</translation>
    </message>
</context>
<context>
    <name>vd::deposits::DepositWorker</name>
    <message>
        <location filename="../core/deposits/DepositWorker.cpp" line="+128"/>
        <source>Your database role may not do this (%1).</source>
        <translation>Jukumu lako katika hifadhidata haliruhusu hili (%1).</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Connected to %1</source>
        <translation>Imeunganishwa na %1</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>The database gave no answer.</source>
        <translation>Hifadhidata haikutoa jibu lolote.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Deposit %1 created for %2: %3 tokens.</source>
        <translation>Amana %1 imeundwa kwa ajili ya %2: tokeni %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file has no lines.</source>
        <translation>Faili haina mistari.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The file has a header but no deposits.</source>
        <translation>Faili ina kichwa lakini haina amana.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Payment %1 recorded on deposit %2.</source>
        <translation>Malipo %1 yamerekodiwa kwenye amana %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deposit %1 cancelled.</source>
        <translation>Amana %1 imeghairiwa.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deposit %1 is ready to mint directly (below the Safe threshold).</source>
        <translation>Tokeni za amana %1 ziko tayari kutolewa moja kwa moja (chini ya kiwango cha Safe).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposit %1 is at or above the Safe threshold: it is minted through a Safe proposal.</source>
        <translation>Amana %1 imefikia au imezidi kiwango cha Safe: tokeni zake hutolewa kupitia pendekezo la Safe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deposit %1 would pass today&apos;s issuance cap. It waits, over the cap, until the next UTC day or a raised cap.</source>
        <translation>Amana %1 ingevuka kikomo cha utoaji cha leo. Inasubiri, juu ya kikomo, hadi siku inayofuata ya UTC au kikomo kiongezwe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a token amount.</source>
        <translation>&quot;%1&quot; si kiasi cha tokeni.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The daily cap is off.</source>
        <translation>Kikomo cha kila siku kimezimwa.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The daily cap is now %1 tokens; %n capped deposit(s) released.</source>
        <translation>
            <numerusform>Kikomo cha kila siku sasa ni tokeni %1; amana %n iliyozuiliwa na kikomo imeachiliwa.</numerusform>
            <numerusform>Kikomo cha kila siku sasa ni tokeni %1; amana %n zilizozuiliwa na kikomo zimeachiliwa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Minting is paused on every workstation.</source>
        <translation>Utoaji wa tokeni umesitishwa kwenye kompyuta zote.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minting is allowed again.</source>
        <translation>Utoaji wa tokeni umeruhusiwa tena.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a rate above zero.</source>
        <translation>&quot;%1&quot; si kiwango cha ubadilishaji kilicho juu ya sifuri.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The rate for %1 is saved.</source>
        <translation>Kiwango cha ubadilishaji cha %1 kimehifadhiwa.</translation>
    </message>
</context>
<context>
    <name>vd::deposits::Status</name>
    <message>
        <location filename="../core/deposits/DepositTypes.cpp" line="+17"/>
        <source>Submitted</source>
        <translation>Zimewasilishwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment confirmed</source>
        <translation>Malipo yamethibitishwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mint pending</source>
        <translation>Utoaji unasubiri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minting</source>
        <translation>Utoaji unaendelea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minted</source>
        <translation>Zimetolewa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mint failed</source>
        <translation>Utoaji umeshindwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs Safe</source>
        <translation>Zinahitaji Safe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over daily cap</source>
        <translation>Juu ya kikomo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Zimeghairiwa</translation>
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
        <location line="+37"/>
        <source>Chain listener silent for %1 s</source>
        <translation>Msikilizaji wa mnyororo kimya kwa sekunde %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chain listener %1, %2 blocks behind</source>
        <translation>Msikilizaji wa mnyororo %1, bloku %2 nyuma</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../core/listener/ListenerWorker.cpp" line="+123"/>
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
        <location line="+505"/>
        <source>A chain reorganisation reached block %1, below the finalized block %2. The listener stopped and waits for an operator (replay from a block to resume).</source>
        <translation>Upangaji upya wa mnyororo umefika bloku %1, chini ya bloku iliyokamilishwa %2. Msikilizaji amesimama na anamsubiri mhudumu (soma upya kuanzia bloku fulani ili kuendelea).</translation>
    </message>
</context>
<context>
    <name>vd::mint</name>
    <message>
        <location filename="../core/mint/MintTypes.cpp" line="+51"/>
        <source>Minting is paused by an administrator; nothing was sent.</source>
        <translation>Utoaji wa tokeni umesitishwa na msimamizi; hakuna kilichotumwa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This deposit already has a mint transaction on its way; use Retry to find out what became of it.</source>
        <translation>Amana hii tayari ina muamala wa utoaji wa tokeni ulio njiani; tumia Jaribu tena kujua kilichoupata.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deposit is not in a state that allows this any more (someone else may have changed it); it has been reloaded.</source>
        <translation>Amana haiko tena katika hali inayoruhusu hili (huenda mtu mwingine ameibadilisha); imepakiwa upya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This amount is at or above the Safe threshold: it must be minted through the Safe.</source>
        <translation>Kiasi hiki kimefikia au kimezidi kiwango cha Safe: tokeni zake lazima zitolewe kupitia Safe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minter&apos;s nonce is already used by another deposit&apos;s mint; nothing was sent.</source>
        <translation>Nonce ya akaunti ya utoaji tayari imetumika na utoaji wa amana nyingine; hakuna kilichotumwa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This deposit does not exist.</source>
        <translation>Amana hii haipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mint attempt does not exist.</source>
        <translation>Jaribio la utoaji halipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This mint attempt is already closed.</source>
        <translation>Jaribio hili la utoaji tayari limefungwa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This mint attempt was already sent.</source>
        <translation>Jaribio hili la utoaji tayari limetumwa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This transaction is already recorded for another mint.</source>
        <translation>Muamala huu tayari umerekodiwa kwa utoaji mwingine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This deposit is already minted.</source>
        <translation>Tokeni za amana hii tayari zimetolewa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request was incomplete; nothing was changed.</source>
        <translation>Ombi halikuwa kamili; hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proposal for this deposit is already waiting for the Safe&apos;s owners at this or a later Safe nonce.</source>
        <translation>Pendekezo la amana hii tayari linawasubiri wamiliki wa Safe kwenye nonce hii ya Safe au inayofuata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Safe already executed a proposal for this deposit: verify and record that execution instead.</source>
        <translation>Safe tayari imetekeleza pendekezo la amana hii: hakiki na urekodi utekelezaji huo badala yake.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export a Safe proposal for this deposit first; an execution is checked against it.</source>
        <translation>Kwanza hamisha pendekezo la Safe la amana hii; utekelezaji hukaguliwa dhidi yake.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator may record a Safe execution.</source>
        <translation>Ni msimamizi pekee anayeweza kurekodi utekelezaji wa Safe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The listener saw this proposal executed in another transaction; use that one.</source>
        <translation>Msikilizaji aliona pendekezo hili likitekelezwa katika muamala mwingine; tumia huo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing is not available on this workstation.</source>
        <translation>Kusaini hakupatikani kwenye kompyuta hii.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No minter keystore is configured (Settings).</source>
        <translation>Hakuna keystore ya utoaji iliyowekwa (Mipangilio).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No token contract is configured (Settings).</source>
        <translation>Hakuna mkataba wa tokeni uliowekwa (Mipangilio).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mint was not prepared (or was cancelled); start again.</source>
        <translation>Utoaji haukuandaliwa (au ulighairiwa); anza upya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no transaction of this session to speed up; use Retry to check the earlier attempt.</source>
        <translation>Hakuna muamala wa kipindi hiki wa kuharakisha; tumia Jaribu tena kukagua jaribio la awali.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused: this hash is not a mined transaction.</source>
        <translation>Imekataliwa: hashi hii si muamala ulioingizwa kwenye bloku.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the transaction failed on chain.</source>
        <translation>Imekataliwa: muamala umeshindwa kwenye mnyororo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the Safe reported ExecutionFailure.</source>
        <translation>Imekataliwa: Safe iliripoti ExecutionFailure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: this is not a Safe execution.</source>
        <translation>Imekataliwa: huu si utekelezaji wa Safe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: executed by another Safe than ours.</source>
        <translation>Imekataliwa: umetekelezwa na Safe nyingine, si yetu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: the Safe executed a different proposal.</source>
        <translation>Imekataliwa: Safe ilitekeleza pendekezo tofauti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: it did not mint our token.</source>
        <translation>Imekataliwa: haukutoa tokeni yetu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: it minted to another address than the deposit&apos;s.</source>
        <translation>Imekataliwa: ulitoa tokeni kwa anwani nyingine, si ya amana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: it minted a different amount than the deposit&apos;s.</source>
        <translation>Imekataliwa: ulitoa kiasi tofauti na cha amana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet: its block is no longer on the main chain.</source>
        <translation>Bado: bloku yake haiko tena kwenye mnyororo mkuu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet: the transaction is not deep enough.</source>
        <translation>Bado: muamala haujapata uthibitisho wa kutosha.</translation>
    </message>
</context>
<context>
    <name>vd::mint::MintChainWorker</name>
    <message>
        <location filename="../core/mint/MintChainWorker.cpp" line="+69"/>
        <source>The node did not report its latest block.</source>
        <translation>Nodi haikuripoti bloku yake ya hivi karibuni.</translation>
    </message>
</context>
<context>
    <name>vd::mint::MintService</name>
    <message>
        <location filename="../core/mint/MintService.cpp" line="+168"/>
        <source>VoucherDesk token</source>
        <translation>Tokeni ya VoucherDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to (deposit %1)</source>
        <translation>kwa (amana %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>kiasi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 tokens (%2 base units)</source>
        <translation>Tokeni %1 (vipimo vya msingi %2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The minter&apos;s next nonce is %1, but the dropped attempt used %2; nothing was sent. Wait for the minter&apos;s pending transactions, then retry.</source>
        <translation>Nonce inayofuata ya akaunti ya utoaji ni %1, lakini jaribio lililoachwa lilitumia %2; hakuna kilichotumwa. Subiri miamala inayosubiri ya akaunti ya utoaji, kisha ujaribu tena.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The minter %1 has %2, less than this transaction may cost (%3); nothing was sent. Top up the minter&apos;s gas first.</source>
        <translation>Akaunti ya utoaji %1 ina %2, chini ya gharama ambayo muamala huu unaweza kuhitaji (%3); hakuna kilichotumwa. Kwanza ongeza gas kwenye akaunti ya utoaji.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Cancelled before signing; nothing was sent.</source>
        <translation>Imeghairiwa kabla ya kusaini; hakuna kilichotumwa.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>No earlier attempt was sent: mint again.</source>
        <translation>Hakuna jaribio la awali lililotumwa: toa tokeni tena.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The earlier attempt %1 was mined in block %2: recorded as minted, nothing sent again.</source>
        <translation>Jaribio la awali %1 liliingizwa kwenye bloku %2: limerekodiwa kuwa tokeni zimetolewa, hakuna kilichotumwa tena.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The earlier attempt was mined but reverted (nothing minted): mint again.</source>
        <translation>Jaribio la awali liliingizwa kwenye bloku lakini likabatilishwa (hakuna tokeni zilizotolewa): toa tokeni tena.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The transaction reverted on chain.</source>
        <translation>Muamala umebatilishwa kwenye mnyororo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The earlier attempt is still waiting in the network: speed it up (same nonce, higher fee) or wait.</source>
        <translation>Jaribio la awali bado linasubiri kwenye mtandao: liharakishe (nonce ile ile, ada kubwa zaidi) au subiri.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The earlier attempt is still waiting in the network: wait for it, then retry again.</source>
        <translation>Jaribio la awali bado linasubiri kwenye mtandao: lisubiri, kisha ujaribu tena.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The earlier attempt never reached the chain and its nonce %1 is free: mint again, with the same nonce.</source>
        <translation>Jaribio la awali halikufika kwenye mnyororo na nonce yake %1 iko huru: toa tokeni tena, kwa nonce ile ile.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dropped by the network (not on chain); to be sent again with the same nonce.</source>
        <translation>Limeachwa na mtandao (haliko kwenye mnyororo); litatumwa tena kwa nonce ile ile.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The mint was found on chain in transaction %1 (sent with nonce %2; its hash had not been recorded): recorded as minted, nothing sent again.</source>
        <translation>Utoaji umepatikana kwenye mnyororo katika muamala %1 (ulitumwa kwa nonce %2; hashi yake haikuwa imerekodiwa): umerekodiwa kuwa tokeni zimetolewa, hakuna kilichotumwa tena.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The minter&apos;s nonce %1 was used by a transaction that is not a recorded attempt, and no mint of %2 to %3 sent with that nonce is known. Nothing was sent: find out what used the nonce (block explorer, listener) before minting again.</source>
        <translation>Nonce %1 ya akaunti ya utoaji ilitumiwa na muamala ambao si jaribio lililorekodiwa, na hakuna utoaji unaojulikana wa %2 kwa %3 uliotumwa kwa nonce hiyo. Hakuna kilichotumwa: tafuta kilichotumia nonce hiyo (kichunguzi cha bloku, msikilizaji) kabla ya kutoa tokeni tena.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Mint for deposit %1</source>
        <translation>Utoaji wa tokeni kwa amana %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The proposal was recorded but the file %1 could not be written: %2. Export it again to another place.</source>
        <translation>Pendekezo limerekodiwa lakini faili %1 haikuweza kuandikwa: %2. Lihamishe tena mahali pengine.</translation>
    </message>
</context>
<context>
    <name>vd::mint::MintWorker</name>
    <message>
        <location filename="../core/mint/MintWorker.cpp" line="+207"/>
        <source>The database gave no answer.</source>
        <translation>Hifadhidata haikutoa jibu lolote.</translation>
    </message>
</context>
<context>
    <name>vd::office::OfficeWorker</name>
    <message>
        <location filename="../core/office/OfficeWorker.cpp" line="+136"/>
        <source>&quot;%1&quot; is not the start of an order code (VD1-, 0x or hexadecimal digits).</source>
        <translation>&quot;%1&quot; si mwanzo wa msimbo wa agizo (VD1-, 0x au tarakimu za heksadesimali).</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Order %1 does not exist.</source>
        <translation>Agizo %1 halipo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>back office</source>
        <translation>ofisi ya nyuma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web shop</source>
        <translation>duka la mtandaoni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV import</source>
        <translation>uingizaji wa CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sample data</source>
        <translation>data ya mfano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created by %1 (%2)</source>
        <translation>Limeundwa na %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 tokens%3</source>
        <translation>%1 — tokeni %2%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, for %1</source>
        <translation>, kwa ajili ya %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+17"/>
        <source>Redeemed on chain: %1 tokens</source>
        <translation>Limelipwa kwenye blockchain: tokeni %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Block %2, %3 confirmations; from %4, transaction %1</source>
        <translation>Bloku %2, uthibitisho %3; kutoka %4, muamala %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Block %2 (not the redemption that counts); from %3, transaction %1</source>
        <translation>Bloku %2 (si malipo yanayohesabiwa); kutoka %3, muamala %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>VALID: paid and confirmed on chain</source>
        <translation>SAHIHI: limelipwa na kuthibitishwa kwenye blockchain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 tokens redeemed for %2 due</source>
        <translation>Tokeni %1 zimelipwa kwa %2 zinazodaiwa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scanned at desk %1 by %2</source>
        <translation>Limeskaniwa kwenye dawati %1 na %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read by %1; the desk saw %2</source>
        <translation>Limesomwa na %1; dawati liliona %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>DELIVERED by %1 at desk %2</source>
        <translation>IMEKABIDHIWA na %1 kwenye dawati %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No note.</source>
        <translation>Hakuna dokezo.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note: %1</source>
        <translation>Dokezo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desk re-checked the redemption on chain first.</source>
        <translation>Dawati lilikagua upya malipo kwenye blockchain kwanza.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desk did not re-check on chain (no answer in time).</source>
        <translation>Dawati halikukagua upya kwenye blockchain (hakuna jibu kwa wakati).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CANCELLED by %1</source>
        <translation>IMEGHAIRIWA na %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CANCELLED by %1 at %2</source>
        <translation>IMEGHAIRIWA na %1 kwenye %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: %1</source>
        <translation>Sababu: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Validity ended</source>
        <translation>Muda wa uhalali uliisha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until</source>
        <translation>Halali hadi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order expired without a redemption in time.</source>
        <translation>Muda wa agizo uliisha bila malipo kufanyika kwa wakati.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Say what is to be handed over (up to 500 characters).</source>
        <translation>Eleza kinachopaswa kukabidhiwa (hadi herufi 500).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The amount must be a number of tokens above zero with at most %1 decimals.</source>
        <translation>Kiasi lazima kiwe idadi ya tokeni iliyo juu ya sifuri yenye desimali zisizozidi %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The expiry is in the past.</source>
        <translation>Muda wa mwisho umeshapita.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+39"/>
        <location line="+283"/>
        <location line="+58"/>
        <source>The database gave no answer.</source>
        <translation>Hifadhidata haikutoa jibu lolote.</translation>
    </message>
    <message>
        <location line="-373"/>
        <source>The new order could not be read back.</source>
        <translation>Agizo jipya halikuweza kusomwa tena.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A cancellation needs a reason.</source>
        <translation>Kughairi kunahitaji sababu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This order was delivered; a delivered order can never be cancelled.</source>
        <translation>Agizo hili lilikabidhiwa; agizo lililokabidhiwa haliwezi kughairiwa kamwe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This order is already cancelled.</source>
        <translation>Agizo hili tayari limeghairiwa.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 haiwezi kusomwa: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is larger than 20 MB; split it into smaller files.</source>
        <translation>%1 ni kubwa kuliko MB 20; igawanye katika faili ndogo zaidi.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An order with this code already exists.</source>
        <translation>Agizo lenye msimbo huu tayari lipo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database went away at line %1; %2 orders were created before that.</source>
        <translation>Hifadhidata ilitoweka kwenye mstari %1; maagizo %2 yaliundwa kabla ya hapo.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+19"/>
        <location line="+116"/>
        <location line="+15"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 haiwezi kuandikwa: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No token contract is configured (Settings).</source>
        <translation>Hakuna mkataba wa tokeni uliowekwa (Mipangilio).</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Say why this mint has no deposit (at least a few words); the reason is kept in the audit.</source>
        <translation>Eleza kwa nini utoaji huu hauna amana (angalau maneno machache); sababu huhifadhiwa kwenye ukaguzi.</translation>
    </message>
</context>
<context>
    <name>vd::office::OrderImport</name>
    <message>
        <location filename="../core/office/OrderImport.cpp" line="+54"/>
        <source>The file is empty.</source>
        <translation>Faili ni tupu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The first line must name the columns; &quot;item&quot; and &quot;amount&quot; are required.</source>
        <translation>Mstari wa kwanza lazima utaje safu; &quot;item&quot; na &quot;amount&quot; zinahitajika.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No item: say what is to be handed over.</source>
        <translation>Hakuna bidhaa: eleza kinachopaswa kukabidhiwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The item text is longer than 500 characters.</source>
        <translation>Maandishi ya bidhaa yana herufi zaidi ya 500.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No amount.</source>
        <translation>Hakuna kiasi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amount &quot;%1&quot; is not a number of tokens with at most %2 decimals.</source>
        <translation>Kiasi &quot;%1&quot; si idadi ya tokeni yenye desimali zisizozidi %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The amount must be more than zero.</source>
        <translation>Kiasi lazima kiwe zaidi ya sifuri.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The order code &quot;%1&quot; is not valid: %2</source>
        <translation>Msimbo wa agizo &quot;%1&quot; si sahihi: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same order code appears earlier in the file.</source>
        <translation>Msimbo ule ule wa agizo unaonekana mapema kwenye faili.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The expiry &quot;%1&quot; is not a date and time like 2026-12-31T18:00Z.</source>
        <translation>Muda wa mwisho &quot;%1&quot; si tarehe na saa kama 2026-12-31T18:00Z.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The expiry %1 is already past.</source>
        <translation>Muda wa mwisho %1 umeshapita.</translation>
    </message>
</context>
<context>
    <name>vd::office::SupplyReadWorker</name>
    <message>
        <location filename="../core/office/SupplyReadWorker.cpp" line="+26"/>
        <source>No blockchain endpoint or token contract is configured (Settings).</source>
        <translation>Hakuna kituo cha blockchain wala mkataba wa tokeni uliowekwa (Mipangilio).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The blockchain did not answer within %1 s.</source>
        <translation>Blockchain haikujibu ndani ya sekunde %1.</translation>
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
    <name>vd::signing::SigningService</name>
    <message>
        <location filename="../core/signing/SigningService.cpp" line="+126"/>
        <source>The key file %1 cannot be read: %2</source>
        <translation>Faili ya ufunguo %1 haiwezi kusomwa: %2</translation>
    </message>
</context>
<context>
    <name>vd::ui::ActionDialog</name>
    <message>
        <location filename="../ui/contract/ActionDialog.cpp" line="+25"/>
        <source>Reason: %1</source>
        <translation>Sababu: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refused: %1</source>
        <translation>Imekataliwa: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The contract&apos;s code hash is not verified against the pinned one: signing is refused until it is (see the Contract page).</source>
        <translation>Hashi ya msimbo wa mkataba haijathibitishwa dhidi ya ile iliyowekwa: kusaini kunakataliwa hadi ithibitishwe (angalia ukurasa wa Mkataba).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Sign now&lt;/b&gt;: the loaded key signs and sends it at once (emergency path).&lt;br&gt;&lt;b&gt;Propose to Safe&lt;/b&gt;: a file for the Safe&apos;s owners to import and sign; it happens when they execute it.</source>
        <translation>&lt;b&gt;Saini sasa&lt;/b&gt;: ufunguo uliopakiwa unasaini na kutuma mara moja (njia ya dharura).&lt;br&gt;&lt;b&gt;Pendekeza kwa Safe&lt;/b&gt;: faili ambayo wamiliki wa Safe wataiingiza na kuisaini; kitendo hufanyika watakapoitekeleza.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sign now…</source>
        <translation>&amp;Saini sasa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Propose to Sa&amp;fe…</source>
        <translation>Pendekeza kwa Sa&amp;fe…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Safe is configured (File &gt; Settings).</source>
        <translation>Hakuna Safe iliyowekwa (Faili &gt; Mipangilio).</translation>
    </message>
</context>
<context>
    <name>vd::ui::AdminActionRunner</name>
    <message>
        <location filename="../ui/contract/AdminActionRunner.cpp" line="+57"/>
        <source>Cancelled; nothing was sent.</source>
        <translation>Imeghairiwa; hakuna kilichotumwa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing is not available on this workstation.</source>
        <translation>Kusaini hakupatikani kwenye kompyuta hii.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The proposal file could not be written to %1: %2</source>
        <translation>Faili ya pendekezo haikuweza kuandikwa kwenye %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The proposal file was saved to %1 (safeTxHash %2) but could not be recorded: %3</source>
        <translation>Faili ya pendekezo imehifadhiwa kwenye %1 (safeTxHash %2) lakini haikuweza kurekodiwa: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proposed to the Safe (nonce %1): safeTxHash %2. File for the owners: %3. It needs %4 owner signature(s); it is shown as done when the listener sees the Safe execute it.</source>
        <translation>Limependekezwa kwa Safe (nonce %1): safeTxHash %2. Faili kwa wamiliki: %3. Linahitaji saini %4 za wamiliki; litaonyeshwa kuwa limekamilika msikilizaji atakapoona Safe ikilitekeleza.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Load the keystore of the signing key first (Contract page, Load keystore).</source>
        <translation>Kwanza pakia keystore ya ufunguo wa kusaini (ukurasa wa Mkataba, Pakia keystore).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is done on the chain (transaction %2) but the audit row could not be written: %3</source>
        <translation>%1 imekamilika kwenye mnyororo (muamala %2) lakini rekodi ya ukaguzi haikuweza kuandikwa: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: done in block %2 (transaction %3).</source>
        <translation>%1: imekamilika kwenye bloku %2 (muamala %3).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelled; nothing was signed.</source>
        <translation>Imeghairiwa; hakuna kilichosainiwa.</translation>
    </message>
</context>
<context>
    <name>vd::ui::AuditModel</name>
    <message>
        <location filename="../ui/models/AuditModel.cpp" line="+98"/>
        <source>Before: %1
After: %2
Details: %3</source>
        <translation>Kabla: %1
Baada: %2
Maelezo: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Nani</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workstation</source>
        <translation>Kompyuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Kitendo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On</source>
        <translation>Kuhusu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id</source>
        <translation>Kitambulisho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change and details</source>
        <translation>Mabadiliko na maelezo</translation>
    </message>
</context>
<context>
    <name>vd::ui::AuditPage</name>
    <message>
        <location filename="../ui/office/AuditPage.cpp" line="+39"/>
        <source>&amp;Between</source>
        <translation>Kati &amp;ya</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>login</source>
        <translation>jina la kuingia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words in the details, before or after</source>
        <translation>maneno kwenye maelezo, kabla au baada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. order number</source>
        <translation>mfano namba ya agizo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Search</source>
        <translation>&amp;Tafuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear</source>
        <translation>&amp;Safisha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Hamisha CSV…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Who:</source>
        <translation>&amp;Nani:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action:</source>
        <translation>&amp;Kitendo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;On:</source>
        <translation>K&amp;uhusu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Id:</source>
        <translation>K&amp;itambulisho:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>&amp;Maandishi:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and</source>
        <translation>na</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Select a row to see what changed.</source>
        <translation>Chagua safu ili kuona kilichobadilika.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Audit trail</source>
        <translation>Kumbukumbu za ukaguzi</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export audit trail as CSV</source>
        <translation>Hamisha kumbukumbu za ukaguzi kama CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>Faili za CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>Safu %n</numerusform>
            <numerusform>Safu %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — %2 by %3 at %4
Before: %5
After: %6
Details: %7</source>
        <translation>%1 — %2 na %3 kwenye %4
Kabla: %5
Baada: %6
Maelezo: %7</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no workstation)</source>
        <translation>(hakuna kompyuta)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>Safu %n imehamishwa kwenda %1</numerusform>
            <numerusform>Safu %n zimehamishwa kwenda %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Searching…</source>
        <translation>Inatafuta…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting…</source>
        <translation>Inahamisha…</translation>
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
        <translation>Kusitisha, kufungia akaunti na kubadilisha funguo.</translation>
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
        <source>Chain listener</source>
        <translation>Msikilizaji wa mnyororo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How the chain listener is doing, and the operator actions of the runbooks.</source>
        <translation>Hali ya msikilizaji wa mnyororo, na vitendo vya mhudumu kutoka kwenye miongozo ya uendeshaji.</translation>
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
    <name>vd::ui::ChainPage</name>
    <message>
        <location filename="../ui/ChainPage.cpp" line="+27"/>
        <source>Operator actions</source>
        <translation>Vitendo vya mhudumu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replay from this block…</source>
        <translation>&amp;Soma upya kuanzia bloku hii…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch endpoint</source>
        <translation>&amp;Badilisha kituo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leader</source>
        <translation>Kiongozi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chain head</source>
        <translation>Bloku ya juu ya mnyororo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finalized block</source>
        <translation>Bloku iliyokamilishwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Processed up to</source>
        <translation>Imechakatwa hadi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behind by</source>
        <translation>Nyuma kwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RPC endpoint</source>
        <translation>Kituo cha RPC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Endpoint errors</source>
        <translation>Hitilafu za kituo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log range size</source>
        <translation>Ukubwa wa safu ya kumbukumbu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorgs seen</source>
        <translation>Upangaji upya ulioonekana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last heartbeat</source>
        <translation>Ishara ya mwisho ya uhai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>Hitilafu ya mwisho</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Block to replay from</source>
        <translation>Bloku ya kuanzia kusoma upya</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Following:</source>
        <translation>Inafuata:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re-read from &amp;block:</source>
        <translation>Soma upya kuanzia &amp;bloku:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use &amp;endpoint:</source>
        <translation>Tumia &amp;kituo:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h2&gt;Chain listener&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Msikilizaji wa mnyororo&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No listener has reported</source>
        <translation>Hakuna msikilizaji aliyeripoti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start `voucherdesk listen` on the server, or give a workstation a listener login in its settings. Until then orders do not become VALID by themselves.</source>
        <translation>Anzisha `voucherdesk listen` kwenye seva, au ipe kompyuta jina la kuingia la msikilizaji kwenye mipangilio yake. Hadi hapo maagizo hayatakuwa SAHIHI yenyewe.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SILENT — no heartbeat for %1 s</source>
        <translation>KIMYA — hakuna ishara ya uhai kwa sekunde %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STOPPED — needs a person</source>
        <translation>AMESIMAMA — anahitaji mtu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PAUSED by an operator</source>
        <translation>AMESITISHWA na mhudumu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CATCHING UP — %1 blocks behind</source>
        <translation>ANASAWAZISHA — bloku %1 nyuma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LIVE — %1 blocks behind</source>
        <translation>HAI — bloku %1 nyuma</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This workstation is the leader; figures are live.</source>
        <translation>Kompyuta hii ndiyo kiongozi; takwimu ni za moja kwa moja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As reported by the leader to the database.</source>
        <translation>Kama zilivyoripotiwa na kiongozi kwenye hifadhidata.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 blocks, %2 s</source>
        <translation>Bloku %1, sekunde %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 blocks</source>
        <translation>Bloku %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>hakuna</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Resume following the chain</source>
        <translation>&amp;Endelea kufuata mnyororo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause the listener</source>
        <translation>&amp;Sitisha msikilizaji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This workstation does not host the listener. Use the workstation that does, or `voucherdesk listen --replay-from N` / `--endpoint I` on the server.</source>
        <translation>Kompyuta hii haiendeshi msikilizaji. Tumia kompyuta inayomwendesha, au `voucherdesk listen --replay-from N` / `--endpoint I` kwenye seva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This workstation&apos;s listener is on standby (another one leads). Pausing here only stops this one from taking over.</source>
        <translation>Msikilizaji wa kompyuta hii yuko akiba (mwingine ndiye anaongoza). Kusitisha hapa kunamzuia huyu tu asichukue uongozi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This workstation&apos;s listener leads. Replaying re-reads the chain from a block; nothing is applied twice.</source>
        <translation>Msikilizaji wa kompyuta hii ndiye anaongoza. Kusoma upya husoma mnyororo tena kuanzia bloku fulani; hakuna kinachotumika mara mbili.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Replay from block %1?</source>
        <translation>Soma upya kuanzia bloku %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The listener re-reads every event from block %1 on. Nothing is applied twice, but catching up can take a while. Go on?</source>
        <translation>Msikilizaji husoma upya kila tukio kuanzia bloku %1. Hakuna kinachotumika mara mbili, lakini kufikia hali ya sasa kunaweza kuchukua muda. Uendelee?</translation>
    </message>
</context>
<context>
    <name>vd::ui::ContractPage</name>
    <message>
        <location filename="../ui/contract/ContractPage.cpp" line="+59"/>
        <source>&amp;Pause…</source>
        <translation>&amp;Sitisha…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Unpause…</source>
        <translation>&amp;Ondoa usitishaji…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load keystore…</source>
        <translation>&amp;Pakia keystore…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+272"/>
        <source>&amp;Key rotation…</source>
        <translation>&amp;Badilisha ufunguo…</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>F&amp;reeze…</source>
        <translation>&amp;Fungia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;nfreeze…</source>
        <translation>Fu&amp;ngulia…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>0x… checksummed address</source>
        <translation>anwani ya 0x… yenye checksum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why (required; kept in the audit trail)</source>
        <translation>kwa nini (lazima; huhifadhiwa kwenye kumbukumbu za ukaguzi)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>Akaunti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frozen since</source>
        <translation>Imefungiwa tangu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block</source>
        <translation>Bloku</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Sababu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Kitendo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Safe nonce</source>
        <translation>Nonce ya Safe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>safeTxHash</source>
        <translation>safeTxHash</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposed</source>
        <translation>Imependekezwa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chain:</source>
        <translation>Mnyororo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract:</source>
        <translation>Mkataba:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>Msimbo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total supply:</source>
        <translation>Jumla ya tokeni:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimals:</source>
        <translation>Desimali:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listener:</source>
        <translation>Msikilizaji:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key:</source>
        <translation>Ufunguo wa kusaini:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re&amp;fresh</source>
        <translation>Onyesha up&amp;ya</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compliance (COMPLIANCE_ROLE)</source>
        <translation>Uzingatiaji (COMPLIANCE_ROLE)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Account:</source>
        <translation>&amp;Akaunti:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rea&amp;son:</source>
        <translation>Sabab&amp;u:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Frozen accounts:</source>
        <translation>Akaunti zilizofungiwa:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pending Safe proposals</source>
        <translation>Mapendekezo ya Safe yanayosubiri</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Only an administrator may change the contract.</source>
        <translation>Ni msimamizi pekee anayeweza kubadilisha mkataba.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keystore of the signing key</source>
        <translation>Keystore ya ufunguo wa kusaini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keystore files (*.json *);;All files (*)</source>
        <translation>Faili za keystore (*.json *);;Faili zote (*)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>STATE UNKNOWN</source>
        <translation>HALI HAIJULIKANI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the chain…</source>
        <translation>Inasoma mnyororo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>■ PAUSED</source>
        <translation>■ IMESITISHWA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfers, mints and redemptions are stopped until the token is unpaused.</source>
        <translation>Uhamisho, utoaji wa tokeni na malipo vimesimamishwa hadi usitishaji wa tokeni uondolewe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ ACTIVE</source>
        <translation>✔ INAFANYA KAZI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token is running: transfers, mints and redemptions work.</source>
        <translation>Tokeni inafanya kazi: uhamisho, utoaji wa tokeni na malipo vinafanya kazi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ verified %1</source>
        <translation>✓ imethibitishwa %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ %1 %2</source>
        <translation>✗ %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(read: %1)</source>
        <translation>(iliyosomwa: %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none loaded — load the keystore of the key that is to sign (nothing is decrypted until you confirm a transaction)</source>
        <translation>hakuna uliopakiwa — pakia keystore ya ufunguo utakaosaini (hakuna kinachosimbuliwa hadi uthibitishe muamala)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — roles: %2</source>
        <translation>%1 — majukumu: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>hakuna</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no record yet (is a listener running?)</source>
        <translation>bado hakuna rekodi (je, msikilizaji anaendeshwa?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at block %1 — %2</source>
        <translation>kwenye bloku %1 — %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>recorded PAUSED</source>
        <translation>imerekodiwa IMESITISHWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded active</source>
        <translation>imerekodiwa inafanya kazi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no reason recorded)</source>
        <translation>(hakuna sababu iliyorekodiwa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 by %2</source>
        <translation>%1 na %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume &amp;key rotation…</source>
        <translation>&amp;Endeleza ubadilishaji wa ufunguo…</translation>
    </message>
</context>
<context>
    <name>vd::ui::DashboardPage</name>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="+69"/>
        <source>Deliveries and mints per hour today (UTC)</source>
        <translation>Makabidhiano na utoaji wa tokeni kwa saa leo (UTC)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Today, %1 (UTC)</source>
        <translation>Leo, %1 (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Leo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>orders created</source>
        <translation>maagizo yaliyoundwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+1"/>
        <source>%L1 in total</source>
        <translation>%L1 kwa jumla</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>waiting for the chain</source>
        <translation>yanasubiri blockchain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid, not yet delivered</source>
        <translation>sahihi, bado hayajakabidhiwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 created today</source>
        <translation>%L1 yaliyoundwa leo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered today</source>
        <translation>yaliyokabidhiwa leo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>yaliyokwisha muda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>submitted</source>
        <translation>zimewasilishwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment confirmed</source>
        <translation>malipo yamethibitishwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mint pending</source>
        <translation>utoaji unasubiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minting</source>
        <translation>utoaji unaendelea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minted</source>
        <translation>tokeni zimetolewa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mint failed</source>
        <translation>utoaji umeshindwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the Safe</source>
        <translation>zinasubiri Safe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over the daily cap</source>
        <translation>juu ya kikomo cha siku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>zimeghairiwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposits</source>
        <translation>Amana</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>chain listener</source>
        <translation>msikilizaji wa blockchain</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no listener has reported</source>
        <translation>hakuna msikilizaji aliyeripoti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✔ listener %1</source>
        <translation>✔ msikilizaji %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✖ listener needs attention</source>
        <translation>✖ msikilizaji anahitaji kushughulikiwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 blocks behind</source>
        <translation>nyuma kwa bloku %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>led by %1</source>
        <translation>anaongozwa na %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ every on-chain mint is in the books</source>
        <translation>✔ kila utoaji kwenye blockchain uko kwenye hesabu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply against the books: see Reconciliation.</source>
        <translation>Jumla ya tokeni dhidi ya hesabu: angalia Ulinganisho.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>✖ %n on-chain mint(s) not in the books</source>
        <translation>
            <numerusform>✖ utoaji %n kwenye blockchain haupo kwenye hesabu</numerusform>
            <numerusform>✖ utoaji %n kwenye blockchain haupo kwenye hesabu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 tokens — record them on the Reconciliation page.</source>
        <translation>Tokeni %1 — ziandikishe kwenye ukurasa wa Ulinganisho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open incidents</source>
        <translation>Matukio yaliyo wazi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None.</source>
        <translation>Hakuna.</translation>
    </message>
</context>
<context>
    <name>vd::ui::DepositModel</name>
    <message>
        <location filename="../ui/models/DepositModel.cpp" line="+77"/>
        <source>Failed: %1</source>
        <translation>Imeshindwa: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: %1</source>
        <translation>Imeghairiwa: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created by %1 at %2 UTC</source>
        <translation>Imeundwa na %1 mnamo %2 UTC</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reference</source>
        <translation>Rejea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Imeundwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Mteja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallet</source>
        <translation>Pochi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Kiasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Sarafu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens</source>
        <translation>Tokeni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment id</source>
        <translation>Kitambulisho cha malipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Imesasishwa</translation>
    </message>
</context>
<context>
    <name>vd::ui::DepositsPage</name>
    <message>
        <location filename="../ui/deposits/DepositsPage.cpp" line="+46"/>
        <source>&amp;New deposit…</source>
        <translation>Amana &amp;mpya…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Ingiza CSV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm &amp;payment…</source>
        <translation>&amp;Thibitisha malipo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request &amp;mint</source>
        <translation>&amp;Omba utoaji wa tokeni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cance&amp;l deposit…</source>
        <translation>&amp;Ghairi amana…</translation>
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
        <translation>Onyesha amana zilizo %1 pekee (bofya tena kuonyesha zote)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change c&amp;ap…</source>
        <translation>Badilisha &amp;kikomo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rates…</source>
        <translation>&amp;Viwango…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+335"/>
        <source>Pa&amp;use minting…</source>
        <translation>&amp;Sitisha utoaji…</translation>
    </message>
    <message>
        <location line="-315"/>
        <location line="+267"/>
        <source>Decide how this deposit is minted: directly, through the Safe, or held by today&apos;s cap</source>
        <translation>Amua jinsi tokeni za amana hii zinavyotolewa: moja kwa moja, kupitia Safe, au kuzuiliwa na kikomo cha leo</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Showing %1 of %2</source>
        <translation>Inaonyesha %1 kati ya %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>D-2026…</source>
        <translation>D-2026…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>jina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from</source>
        <translation>kutoka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>hadi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cre&amp;ated</source>
        <translation>Imeun&amp;dwa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;ference:</source>
        <translation>&amp;Rejea:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ustomer:</source>
        <translation>Mt&amp;eja:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Am&amp;ount:</source>
        <translation>Ki&amp;asi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filters</source>
        <translation>Ondoa vichujio</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Minting is paused: %1</source>
        <translation>Utoaji wa tokeni umesitishwa: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Issuance today (UTC %1): %2 tokens minted, %3 in flight — no daily cap set.</source>
        <translation>Utoaji leo (UTC %1): tokeni %2 zimetolewa, %3 ziko njiani — hakuna kikomo cha kila siku kilichowekwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily cap (UTC %1): %2 of %3 tokens used (%4 minted, %5 in flight) — %6 remaining.</source>
        <translation>Kikomo cha kila siku (UTC %1): tokeni %2 kati ya %3 zimetumika (%4 zimetolewa, %5 ziko njiani) — %6 zimebaki.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Res&amp;ume minting…</source>
        <translation>A&amp;nzisha tena utoaji…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import deposits</source>
        <translation>Ingiza amana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Faili za CSV (*.csv *.txt);;Faili zote (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1: %2</source>
        <translation>Haiwezi kusoma %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than 20 MB; split it into smaller files.</source>
        <translation>%1 ni kubwa kuliko MB 20; igawanye katika faili ndogo zaidi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing %1…</source>
        <translation>Inaingiza %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirm payment</source>
        <translation>Thibitisha malipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment provider&apos;s transaction id for %1 (%2 %3 from %4), as shown on the provider&apos;s dashboard:</source>
        <translation>Kitambulisho cha muamala cha mtoa huduma ya malipo kwa %1 (%2 %3 kutoka kwa %4), kama kinavyoonyeshwa kwenye dashibodi ya mtoa huduma:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancel deposit</source>
        <translation>Ghairi amana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why is %1 cancelled? (kept in the audit log)</source>
        <translation>Kwa nini %1 inaghairiwa? (huhifadhiwa kwenye kumbukumbu za ukaguzi)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Daily issuance cap</source>
        <translation>Kikomo cha utoaji cha kila siku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens that may be minted per UTC day (0 for no cap). Raising it releases deposits held by the cap that now fit.</source>
        <translation>Tokeni zinazoweza kutolewa kwa kila siku ya UTC (0 kwa bila kikomo). Kukiongeza huachilia amana zilizozuiliwa na kikomo ambazo sasa zinatosha.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pause minting</source>
        <translation>Sitisha utoaji wa tokeni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume minting</source>
        <translation>Endelea na utoaji wa tokeni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is minting paused? Every workstation shows this reason.</source>
        <translation>Kwa nini utoaji wa tokeni umesitishwa? Kila kompyuta itaonyesha sababu hii.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why may minting resume?</source>
        <translation>Kwa nini utoaji wa tokeni unaweza kuendelea?</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Token rate</source>
        <translation>Kiwango cha tokeni</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Currency (three letters, e.g. EUR):</source>
        <translation>Sarafu (herufi tatu, mfano EUR):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tokens per 1 %1 (empty removes the currency):</source>
        <translation>Tokeni kwa 1 %1 (ukiacha tupu, sarafu inaondolewa):</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n deposit(s) imported.</source>
        <translation>
            <numerusform>Amana %n imeingizwa.</numerusform>
            <numerusform>Amana %n zimeingizwa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing was imported: %n row(s) have problems. Fix them and import the whole file again.</source>
        <translation>
            <numerusform>Hakuna kilichoingizwa: safu %n ina matatizo. Irekebishe kisha uingize faili yote tena.</numerusform>
            <numerusform>Hakuna kilichoingizwa: safu %n zina matatizo. Zirekebishe kisha uingize faili yote tena.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import report</source>
        <translation>Ripoti ya uingizaji</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>All %n row(s) were imported, each as a new deposit.</source>
        <translation>
            <numerusform>Safu %n imeingizwa kama amana mpya.</numerusform>
            <numerusform>Safu zote %n zimeingizwa, kila moja kama amana mpya.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported. %1 of %2 rows have problems; the other rows are fine. The import is all or nothing, so a corrected file can be imported again without creating any deposit twice.</source>
        <translation>Hakuna kilichoingizwa. Safu %1 kati ya %2 zina matatizo; safu nyingine ziko sawa. Uingizaji ni wa yote au hakuna, kwa hivyo faili iliyorekebishwa inaweza kuingizwa tena bila kuunda amana yoyote mara mbili.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line</source>
        <translation>Mstari</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Matokeo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason / reference</source>
        <translation>Sababu / marejeo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row as read</source>
        <translation>Safu kama ilivyosomwa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported</source>
        <translation>Imeingizwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Imekataliwa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No problem (not imported)</source>
        <translation>Hakuna tatizo (haijaingizwa)</translation>
    </message>
</context>
<context>
    <name>vd::ui::HourlyChart</name>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="+13"/>
        <source>Deliveries and mints per hour</source>
        <translation>Makabidhiano na utoaji kwa saa</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Deliveries</source>
        <translation>Makabidhiano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mints</source>
        <translation>Utoaji</translation>
    </message>
</context>
<context>
    <name>vd::ui::ImportReportDialog</name>
    <message>
        <location filename="../ui/orders/ImportReportDialog.cpp" line="+18"/>
        <source>Import of %1</source>
        <translation>Uingizaji wa %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n order(s) created</source>
        <translation>
            <numerusform>Agizo %n limeundwa</numerusform>
            <numerusform>Maagizo %n yameundwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n line(s) rejected</source>
        <translation>
            <numerusform>Mstari %n umekataliwa</numerusform>
            <numerusform>Mistari %n imekataliwa</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line</source>
        <translation>Mstari</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Matokeo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order code</source>
        <translation>Msimbo wa agizo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Sababu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>created</source>
        <translation>limeundwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REJECTED</source>
        <translation>IMEKATALIWA</translation>
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
        <location filename="../ui/MainWindow.cpp" line="+100"/>
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
        <location line="+29"/>
        <source>Operators</source>
        <translation>Wahudumu</translation>
    </message>
    <message>
        <location line="+39"/>
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
        <location line="+47"/>
        <source>Signing key: %1</source>
        <translation>Ufunguo wa kusaini: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Chain listener stopped: %1</source>
        <translation>Msikilizaji wa mnyororo amesimama: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This desk does not host the chain listener: %1</source>
        <translation>Dawati hili halimwendeshi msikilizaji wa mnyororo: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+5"/>
        <location line="+18"/>
        <source>Settings not saved</source>
        <translation>Mipangilio haijahifadhiwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new minter key could not be saved in the settings: %1
Set it by hand in Settings → Signing keys: %2</source>
        <translation>Ufunguo mpya wa utoaji haukuweza kuhifadhiwa kwenye mipangilio: %1
Uweke mwenyewe katika Mipangilio → Funguo za kusaini: %2</translation>
    </message>
</context>
<context>
    <name>vd::ui::MintPanel</name>
    <message>
        <location filename="../ui/mint/MintPanel.cpp" line="+37"/>
        <location line="+290"/>
        <source>No deposit selected</source>
        <translation>Hakuna amana iliyochaguliwa</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>&amp;Mint now…</source>
        <translation>&amp;Toa tokeni sasa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>&amp;Jaribu tena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;peed up</source>
        <translation>&amp;Ongeza kasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport Safe proposal…</source>
        <translation>&amp;Hamisha pendekezo la Safe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify and mark minted</source>
        <translation>&amp;Thibitisha na uweke alama kuwa zimetolewa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record Safe &amp;execution</source>
        <translation>Rekodi &amp;utekelezaji wa Safe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the transaction&apos;s summary, then signs it with the minter key.</source>
        <translation>Huonyesha muhtasari wa muamala, kisha huusaini kwa ufunguo wa kutoa tokeni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First checks whether the earlier attempt landed; never mints twice.</source>
        <translation>Kwanza hukagua kama jaribio la awali lilifanikiwa; haitoi tokeni mara mbili kamwe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends the stuck transaction again with the same nonce and a higher fee.</source>
        <translation>Hutuma tena muamala uliokwama kwa nonce ile ile na ada ya juu zaidi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>0x… execution transaction hash</source>
        <translation>0x… hashi ya muamala wa utekelezaji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Execution &amp;tx:</source>
        <translation>&amp;Muamala wa utekelezaji:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check &amp;gas</source>
        <translation>Kagua &amp;gas</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Save the Safe proposal</source>
        <translation>Hifadhi pendekezo la Safe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction Builder JSON (*.json)</source>
        <translation>JSON ya Transaction Builder (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speed up</source>
        <translation>Ongeza kasi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password of the minter keystore:</source>
        <translation>Nenosiri la keystore ya kutoa tokeni:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent: %1. Waiting for the receipt…</source>
        <translation>Imetumwa: %1. Inasubiri risiti…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 confirmations</source>
        <translation>Uthibitisho %1 kati ya %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Minted: the receipt is recorded.</source>
        <translation>Tokeni zimetolewa: risiti imerekodiwa.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Proposal saved for the Safe&apos;s nonce %1. safeTxHash: %2 — the owners must see exactly this hash when they sign (%3 of them).</source>
        <translation>Pendekezo limehifadhiwa kwa nonce %1 ya Safe. safeTxHash: %2 — wamiliki lazima waone hashi hii hii hasa wanaposaini (%3 kati yao).</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Verified: the Safe minted exactly this deposit in block %1 (%n confirmation(s)). Marked minted.</source>
        <translation>
            <numerusform>Imethibitishwa: Safe ilitoa tokeni za amana hii hasa katika bloku %1 (uthibitisho %n). Imewekwa alama kuwa zimetolewa.</numerusform>
            <numerusform>Imethibitishwa: Safe ilitoa tokeni za amana hii hasa katika bloku %1 (uthibitisho %n). Imewekwa alama kuwa zimetolewa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minter gas: unknown (%1)</source>
        <translation>Gas ya kutoa tokeni: haijulikani (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minter gas: %1 — LOW, top up %2 before it blocks mints</source>
        <translation>Gas ya kutoa tokeni: %1 — CHACHE, ongeza %2 kabla haijazuia utoaji wa tokeni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minter gas: %1 (%2)</source>
        <translation>Gas ya kutoa tokeni: %1 (%2)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Ready to mint</source>
        <translation>Tayari kutoa tokeni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mint transaction on its way</source>
        <translation>Muamala wa kutoa tokeni uko njiani</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minted %1</source>
        <translation>Tokeni zimetolewa %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mint failed: %1</source>
        <translation>Utoaji wa tokeni umeshindwa: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs the Safe (amount at or above the threshold)</source>
        <translation>Inahitaji Safe (kiasi kimefikia au kuzidi kizingiti)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held: today&apos;s issuance cap would be exceeded</source>
        <translation>Imeshikiliwa: kikomo cha utoaji cha leo kingepitwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Imeghairiwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the payment to be confirmed</source>
        <translation>Inasubiri malipo yathibitishwe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment confirmed; not yet released for minting</source>
        <translation>Malipo yamethibitishwa; bado haijaruhusiwa kutoa tokeni</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a deposit to see its mint.</source>
        <translation>Chagua amana ili kuona utoaji wake wa tokeni.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading…</source>
        <translation>Inapakia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposit %1 — %2 tokens to %3</source>
        <translation>Amana %1 — tokeni %2 kwa %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — MINTING IS PAUSED by an administrator</source>
        <translation>%1 — UTOAJI WA TOKENI UMESITISHWA na msimamizi</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export the proposal and give the file to the Safe&apos;s owners; they check the safeTxHash shown here, sign and execute it. Then record the execution here (it appears by itself when the chain listener sees it).</source>
        <translation>Hamisha pendekezo na uwape wamiliki wa Safe faili hiyo; wao hukagua safeTxHash inayoonyeshwa hapa, husaini na kulitekeleza. Kisha rekodi utekelezaji hapa (hujitokeza wenyewe msikilizaji wa mnyororo akiuona).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safe proposal: nonce %1, safeTxHash %2 — %3 (exported by %4)</source>
        <translation>Pendekezo la Safe: nonce %1, safeTxHash %2 — %3 (limehamishwa na %4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Safe executed this proposal in tx %1 (block %2); verify and mark minted.</source>
        <translation>Safe imetekeleza pendekezo hili katika muamala %1 (bloku %2); thibitisha na uweke alama kuwa zimetolewa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An administrator records the Safe&apos;s execution.</source>
        <translation>Msimamizi hurekodi utekelezaji wa Safe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Safe</source>
        <translation>Safe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>direct</source>
        <translation>moja kwa moja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no hash yet)</source>
        <translation>(bado hakuna hashi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nonce %1</source>
        <translation>nonce %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>block %1</source>
        <translation>bloku %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mint transactions</source>
        <translation>Miamala ya kutoa tokeni</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recorded, not sent yet</source>
        <translation>imerekodiwa, bado haijatumwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent, waiting</source>
        <translation>imetumwa, inasubiri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirmed</source>
        <translation>imethibitishwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>imeshindwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replaced (same nonce)</source>
        <translation>imebadilishwa (nonce ile ile)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checking whether the earlier attempt landed…</source>
        <translation>Inakagua kama jaribio la awali lilifanikiwa…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checking the transaction before anything is signed…</source>
        <translation>Inakagua muamala kabla ya kusaini chochote…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mint tokens for deposit %1</source>
        <translation>Toa tokeni kwa amana %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelled; nothing was sent.</source>
        <translation>Imeghairiwa; hakuna kilichotumwa.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sending again with a higher fee (same nonce)…</source>
        <translation>Inatuma tena kwa ada ya juu zaidi (nonce ile ile)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the Safe&apos;s nonce and computing the proposal…</source>
        <translation>Inasoma nonce ya Safe na kuandaa pendekezo…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A transaction hash is 0x followed by 64 hexadecimal digits.</source>
        <translation>Hashi ya muamala ni 0x ikifuatiwa na tarakimu 64 za heksadesimali.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Verifying the Safe execution on chain…</source>
        <translation>Inathibitisha utekelezaji wa Safe kwenye mnyororo…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minter gas: checking…</source>
        <translation>Gas ya kutoa tokeni: inakagua…</translation>
    </message>
</context>
<context>
    <name>vd::ui::MintingBanner</name>
    <message>
        <location filename="../ui/MintingBanner.cpp" line="+35"/>
        <source>an unknown time</source>
        <translation>wakati usiojulikana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minting is paused by %1 since %2: %3. No deposit can be sent to minting until an administrator resumes it.</source>
        <translation>Utoaji wa tokeni umesitishwa na %1 tangu %2: %3. Hakuna amana inayoweza kupelekwa kwa utoaji wa tokeni hadi msimamizi auruhusu tena.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an administrator</source>
        <translation>msimamizi</translation>
    </message>
</context>
<context>
    <name>vd::ui::NewDepositDialog</name>
    <message>
        <location filename="../ui/deposits/NewDepositDialog.cpp" line="+24"/>
        <source>New deposit</source>
        <translation>Amana mpya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0x… (checksummed address)</source>
        <translation>0x… (anwani yenye checksum)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 50.00</source>
        <translation>mfano 50.00</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Mteja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wallet:</source>
        <translation>&amp;Pochi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Amount paid:</source>
        <translation>&amp;Kiasi kilicholipwa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Sarafu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tokens:</source>
        <translation>&amp;Tokeni:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;reate deposit</source>
        <translation>&amp;Unda amana</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No rate is configured for %1: type the token amount, or ask an administrator to set the rate.</source>
        <translation>Hakuna kiwango kilichowekwa kwa %1: andika kiasi cha tokeni, au muombe msimamizi aweke kiwango.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paste the customer&apos;s address.</source>
        <translation>Bandika anwani ya mteja.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ Checksum correct</source>
        <translation>✔ Checksum ni sahihi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Valid address (no checksum to verify): %1</source>
        <translation>✔ Anwani halali (hakuna checksum ya kuthibitisha): %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Token amount typed by hand.</source>
        <translation>Kiasi cha tokeni kimeandikwa kwa mkono.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rate configured for %1.</source>
        <translation>Hakuna kiwango kilichowekwa kwa %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 tokens at the configured rate (1 %2 = %3 tokens).</source>
        <translation>Tokeni %1 kwa kiwango kilichowekwa (1 %2 = tokeni %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 %1 = %2 tokens</source>
        <translation>1 %1 = tokeni %2</translation>
    </message>
</context>
<context>
    <name>vd::ui::NewOrderDialog</name>
    <message>
        <location filename="../ui/orders/NewOrderDialog.cpp" line="+19"/>
        <source>E&amp;xpires</source>
        <translation>&amp;Muda wa kuisha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New order</source>
        <translation>Agizo jipya</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 2 bags of rice, 25 kg</source>
        <translation>mfano mifuko 2 ya mchele, kilo 25</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 12.5</source>
        <translation>mfano 12.5</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>optional</source>
        <translation>si lazima</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;What to hand over:</source>
        <translation>&amp;Kinachokabidhiwa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount (tokens):</source>
        <translation>K&amp;iasi (tokeni):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer &amp;name:</source>
        <translation>&amp;Jina la mteja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer &amp;phone:</source>
        <translation>&amp;Simu ya mteja:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validity:</source>
        <translation>Muda wa kutumika:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create order</source>
        <translation>&amp;Unda agizo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A fresh random order code is made for this order; the customer redeems it with the token and shows the QR code at the desk.</source>
        <translation>Msimbo mpya wa agizo wa nasibu hutengenezwa kwa agizo hili; mteja hulipia kwa tokeni na kuonyesha msimbo wa QR kwenye dawati.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Say what is to be handed over.</source>
        <translation>Eleza kinachopaswa kukabidhiwa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The amount must be a number of tokens above zero, with a point for decimals (at most %1).</source>
        <translation>Kiasi kiwe idadi ya tokeni zaidi ya sifuri, kwa nukta kwa desimali (desimali zisizozidi %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The expiry is in the past.</source>
        <translation>Muda wa kuisha umeshapita.</translation>
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
    <name>vd::ui::OrderDetailPanel</name>
    <message>
        <location filename="../ui/orders/OrderDetailPanel.cpp" line="+30"/>
        <source>Re-&amp;verify on chain</source>
        <translation>&amp;Kagua upya kwenye mnyororo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;QR code…</source>
        <translation>Msimbo wa &amp;QR…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ca&amp;ncel order…</source>
        <translation>&amp;Ghairi agizo…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>Kilichotokea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Select an order to see its timeline.</source>
        <translation>Chagua agizo ili kuona historia yake.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading…</source>
        <translation>Inapakia…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Code</source>
        <translation>Msimbo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens due</source>
        <translation>Tokeni zinazodaiwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Mteja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until</source>
        <translation>Halali hadi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Redemption</source>
        <translation>Malipo</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 tokens from %2 — transaction &lt;span style=&apos;font-family:monospace&apos;&gt;%3&lt;/span&gt;, block %4, %5 confirmations</source>
        <translation>Tokeni %1 kutoka %2 — muamala &lt;span style=&apos;font-family:monospace&apos;&gt;%3&lt;/span&gt;, bloku %4, uthibitisho %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none seen on chain yet</source>
        <translation>bado hakuna yaliyoonekana kwenye mnyororo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled because</source>
        <translation>Limeghairiwa kwa sababu</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A %1 order cannot be cancelled.</source>
        <translation>Agizo lenye hali %1 haliwezi kughairiwa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking the blockchain…</source>
        <translation>Inauliza blockchain…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CONFIRMED ON CHAIN</source>
        <translation>IMETHIBITISHWA KWENYE BLOCKCHAIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The redemption transaction succeeded, it redeems exactly this order code with our token, and its block is on the main chain. The customer paid.</source>
        <translation>Muamala wa malipo umefaulu, unalipia msimbo huu hasa wa agizo kwa tokeni yetu, na bloku yake iko kwenye mnyororo mkuu. Mteja amelipa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NOT REDEEMED ON CHAIN</source>
        <translation>HAIJALIPWA KWENYE BLOCKCHAIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The blockchain has no redemption for this order code: the customer has not paid for it yet.</source>
        <translation>Blockchain haina malipo ya msimbo huu wa agizo: mteja bado hajalipia agizo hili.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NOT CONFIRMED — the chain contradicts the books</source>
        <translation>HAIJATHIBITISHWA — blockchain inapingana na vitabu vya hesabu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The blockchain has no redemption for this order code: the customer has not paid for it.</source>
        <translation>Blockchain haina malipo ya msimbo huu wa agizo: mteja hajalipia agizo hili.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recorded redemption transaction is not on the blockchain.</source>
        <translation>Muamala wa malipo uliorekodiwa haupo kwenye blockchain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recorded redemption transaction failed on the blockchain: nothing was paid.</source>
        <translation>Muamala wa malipo uliorekodiwa umeshindwa kwenye blockchain: hakuna kilicholipwa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recorded transaction does not redeem this order code with our token.</source>
        <translation>Muamala uliorekodiwa haulipii msimbo huu wa agizo kwa tokeni yetu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The block that held the redemption is no longer on the main chain (reorganisation).</source>
        <translation>Bloku iliyokuwa na malipo haiko tena kwenye mnyororo mkuu (upangaji upya).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not hand anything over for this order until it is cleared up.</source>
        <translation>Usikabidhi chochote kwa agizo hili hadi suala hili litatuliwe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>COULD NOT CHECK</source>
        <translation>IMESHINDWA KUKAGUA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No blockchain endpoint or token is configured on this workstation (Settings).</source>
        <translation>Hakuna kituo cha blockchain wala tokeni iliyowekwa kwenye kompyuta hii (Mipangilio).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The blockchain did not answer in time. Try again in a minute or check the endpoint settings.</source>
        <translation>Blockchain haikujibu kwa wakati. Jaribu tena baada ya dakika moja au kagua mipangilio ya kituo.</translation>
    </message>
</context>
<context>
    <name>vd::ui::OrderModel</name>
    <message>
        <location filename="../ui/models/OrderModel.cpp" line="+120"/>
        <source>Delivered by %1 at desk %2</source>
        <translation>Imekabidhiwa na %1 kwenye dawati %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Code</source>
        <translation>Msimbo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens</source>
        <translation>Tokeni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to hand over</source>
        <translation>Kinachokabidhiwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Mteja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Simu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Iliundwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Inaisha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Imekabidhiwa</translation>
    </message>
</context>
<context>
    <name>vd::ui::OrderQrDialog</name>
    <message>
        <location filename="../ui/orders/OrderQrDialog.cpp" line="+25"/>
        <source>Order code</source>
        <translation>Msimbo wa agizo</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+60"/>
        <source>%1 tokens</source>
        <translation>Tokeni %1</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+58"/>
        <source>For %1</source>
        <translation>Kwa %1</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+59"/>
        <source>Valid until %1</source>
        <translation>Halali hadi %1</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>&amp;Print…</source>
        <translation>&amp;Chapisha…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;NG…</source>
        <translation>Hifadhi kama P&amp;NG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>Hifadhi kama P&amp;DF…</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+15"/>
        <source>%1 could not be written.</source>
        <translation>%1 haikuweza kuandikwa.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Order %1</source>
        <translation>Agizo %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print order code</source>
        <translation>Chapisha msimbo wa agizo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer could not be used.</source>
        <translation>Printa haikuweza kutumika.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent to the printer.</source>
        <translation>Imetumwa kwa printa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save order code as PNG</source>
        <translation>Hifadhi msimbo wa agizo kama PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Picha za PNG (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Saved to %1</source>
        <translation>Imehifadhiwa kwenye %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Save order code as PDF</source>
        <translation>Hifadhi msimbo wa agizo kama PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Hati za PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>vd::ui::OrdersPage</name>
    <message>
        <location filename="../ui/orders/OrdersPage.cpp" line="+35"/>
        <source>Created &amp;between</source>
        <translation>Iliundwa &amp;kati ya</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>VD1-…, 0x… or the first digits</source>
        <translation>VD1-…, 0x… au tarakimu za kwanza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part of the name</source>
        <translation>sehemu ya jina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part of the number</source>
        <translation>sehemu ya namba</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any status</source>
        <translation>Hali yoyote</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Search</source>
        <translation>&amp;Tafuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear</source>
        <translation>&amp;Futa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New order…</source>
        <translation>Agizo &amp;jipya…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Ingiza CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Hamisha CSV…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Code:</source>
        <translation>&amp;Msimbo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustomer:</source>
        <translation>Mt&amp;eja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Simu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>H&amp;ali:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and</source>
        <translation>na</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Orders</source>
        <translation>Maagizo</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export orders as CSV</source>
        <translation>Hamisha maagizo kama CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>Faili za CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import orders from CSV</source>
        <translation>Ingiza maagizo kutoka CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Faili za CSV (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>Agizo %n</numerusform>
            <numerusform>Maagizo %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Order created: %1 for %2 tokens. Give the customer its QR code.</source>
        <translation>Agizo limeundwa: %1 kwa tokeni %2. Mpe mteja msimbo wake wa QR.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order cancelled (it was %1).</source>
        <translation>Agizo limeghairiwa (lilikuwa %1).</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n order(s) exported to %1</source>
        <translation>
            <numerusform>Agizo %n limehamishwa kwenda %1</numerusform>
            <numerusform>Maagizo %n yamehamishwa kwenda %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Import: %1 created, %2 rejected.</source>
        <translation>Uingizaji: yameundwa %1, yamekataliwa %2.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Searching…</source>
        <translation>Inatafuta…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Cancel order</source>
        <translation>Ghairi agizo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the order for &quot;%1&quot; (%2 tokens, %3)? A cancelled order can no longer be delivered. This cannot be undone.</source>
        <translation>Ughairi agizo la &quot;%1&quot; (tokeni %2, %3)? Agizo lililoghairiwa haliwezi kukabidhiwa tena. Hatua hii haiwezi kutenduliwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel &amp;order</source>
        <translation>&amp;Ghairi agizo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting…</source>
        <translation>Inahamisha…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing %1…</source>
        <translation>Inaingiza %1…</translation>
    </message>
</context>
<context>
    <name>vd::ui::ReasonDialog</name>
    <message>
        <location filename="../ui/office/ReasonDialog.cpp" line="+21"/>
        <source>&amp;Reason (kept in the audit trail):</source>
        <translation>&amp;Sababu (inahifadhiwa kwenye kumbukumbu za ukaguzi):</translation>
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
    <name>vd::ui::ReconciliationPage</name>
    <message>
        <location filename="../ui/office/ReconciliationPage.cpp" line="+22"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Onyesha upya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record reconciliation &amp;entry…</source>
        <translation>&amp;Rekodi ingizo la ulinganisho…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Block</source>
        <translation>Bloku</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transaction</source>
        <translation>Muamala</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minted to</source>
        <translation>Zimetolewa kwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tokens</source>
        <translation>Tokeni</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reconciliation</source>
        <translation>Ulinganisho</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rule of the operations runbook: tokens on chain = tokens the books minted − tokens redeemed + reconciliation entries.</source>
        <translation>Kanuni ya mwongozo wa uendeshaji: tokeni kwenye mnyororo = tokeni zilizotolewa kwa mujibu wa vitabu − tokeni zilizotumika kulipia + maingizo ya ulinganisho.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On-chain mints without a deposit or mint record</source>
        <translation>Utoaji wa tokeni kwenye mnyororo bila amana wala rekodi ya utoaji</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reconciliation entry %1 recorded.</source>
        <translation>Ingizo la ulinganisho %1 limerekodiwa.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>CANNOT CHECK</source>
        <translation>HAIWEZEKANI KUKAGUA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The on-chain supply could not be read: %1</source>
        <translation>Idadi ya tokeni kwenye mnyororo haikuweza kusomwa: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HOLDS</source>
        <translation>INALINGANA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every token on chain is accounted for (at block %1).</source>
        <translation>Kila tokeni kwenye mnyororo ina maelezo kwenye vitabu vya hesabu (katika bloku %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BREAKS BY %1 tokens</source>
        <translation>HAILINGANI KWA TOKENI %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are %1 more tokens on chain than the books account for.</source>
        <translation>Kuna tokeni %1 zaidi kwenye mnyororo kuliko zilizo kwenye vitabu vya hesabu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are %1 fewer tokens on chain than the books account for.</source>
        <translation>Kuna tokeni %1 pungufu kwenye mnyororo kuliko zilizo kwenye vitabu vya hesabu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none yet</source>
        <translation>bado hakuna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-chain total supply (at the listener&apos;s block %1)</source>
        <translation>Jumla ya tokeni kwenye mnyororo (katika bloku %1 ya msikilizaji)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>haijulikani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-chain minted (listener)</source>
        <translation>Zilizotolewa kwenye mnyororo (msikilizaji)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-chain burned (listener)</source>
        <translation>Zilizoteketezwa kwenye mnyororo (msikilizaji)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minted according to the books (deposits and mint records)</source>
        <translation>Zilizotolewa kwa mujibu wa vitabu (amana na rekodi za utoaji)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redeemed for orders</source>
        <translation>Zilizotumika kulipia maagizo</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reconciliation entries (%n)</source>
        <translation>
            <numerusform>Maingizo ya ulinganisho (%n)</numerusform>
            <numerusform>Maingizo ya ulinganisho (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected on chain</source>
        <translation>Zinazotarajiwa kwenye mnyororo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference (on chain − expected)</source>
        <translation>Tofauti (kwenye mnyororo − zinazotarajiwa)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Record reconciliation entry</source>
        <translation>Rekodi ingizo la ulinganisho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction 0x%1 minted %2 tokens to %3 in block %4, and no deposit or mint record of the app matches it. Record why (who made it and what for), so the books account for these tokens.</source>
        <translation>Muamala 0x%1 ulitoa tokeni %2 kwa %3 katika bloku %4, na hakuna amana wala rekodi ya utoaji ya programu inayolingana nao. Rekodi sababu (nani aliufanya na kwa madhumuni gani), ili vitabu vya hesabu vizihesabu tokeni hizi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Record entry</source>
        <translation>&amp;Rekodi ingizo</translation>
    </message>
</context>
<context>
    <name>vd::ui::RolesPage</name>
    <message>
        <location filename="../ui/contract/RolesPage.cpp" line="+27"/>
        <source>&amp;Grant…</source>
        <translation>&amp;Kabidhi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>&amp;Ondoa…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role / member</source>
        <translation>Jukumu / mwanachama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admin role</source>
        <translation>Jukumu la usimamizi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Granted</source>
        <translation>Lilikabidhiwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block</source>
        <translation>Bloku</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Ukaguzi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0x… checksummed address</source>
        <translation>anwani ya 0x… yenye checksum</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Role:</source>
        <translation>&amp;Jukumu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Account:</source>
        <translation>&amp;Akaunti:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;fresh</source>
        <translation>Onyesha up&amp;ya</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only an administrator may grant or revoke roles.</source>
        <translation>Ni msimamizi pekee anayeweza kukabidhi au kuondoa majukumu.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose a role.</source>
        <translation>Chagua jukumu.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (unnamed role)</source>
        <translation>%1 (jukumu lisilo na jina)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (mwanachama %n)</numerusform>
            <numerusform>%1 (wanachama %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unnamed role %1</source>
        <translation>jukumu lisilo na jina %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(not read)</source>
        <translation>(halijasomwa)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ chain and record agree</source>
        <translation>✓ mnyororo na rekodi vinakubaliana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (the Safe)</source>
        <translation>%1 (Safe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (loaded key)</source>
        <translation>%1 (ufunguo uliopakiwa)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>on chain, not in the listener&apos;s record</source>
        <translation>kwenye mnyororo, si kwenye rekodi ya msikilizaji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the listener&apos;s record, not on chain</source>
        <translation>kwenye rekodi ya msikilizaji, si kwenye mnyororo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the roles from the chain…</source>
        <translation>Inasoma majukumu kutoka kwenye mnyororo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chain could not be read: %1</source>
        <translation>Mnyororo haukuweza kusomwa: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read from the chain at %1. The listener has recorded nothing yet, so there is no grant history to show or compare.</source>
        <translation>Imesomwa kutoka kwenye mnyororo saa %1. Msikilizaji bado hajarekodi chochote, kwa hiyo hakuna historia ya ukabidhi ya kuonyesha au kulinganisha.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read from the chain at %1; the listener&apos;s record agrees.</source>
        <translation>Imesomwa kutoka kwenye mnyororo saa %1; rekodi ya msikilizaji inakubaliana nayo.</translation>
    </message>
</context>
<context>
    <name>vd::ui::RotationWizard</name>
    <message>
        <location filename="../ui/contract/RotationWizard.cpp" line="+30"/>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 tayari ipo; chagua jina jipya la faili.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 haikuweza kuandikwa: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Pause the token during the rotation</source>
        <translation>&amp;Sitisha tokeni wakati wa ubadilishaji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create the new keystore</source>
        <translation>&amp;Unda keystore mpya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an &amp;existing file…</source>
        <translation>Tumia faili &amp;iliyopo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start the rotation</source>
        <translation>&amp;Anza ubadilishaji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose this step to the Sa&amp;fe…</source>
        <translation>Pendekeza hatua hii kwa Sa&amp;fe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;bandon rotation</source>
        <translation>A&amp;cha ubadilishaji</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key rotation: replace the minter key</source>
        <translation>Ubadilishaji wa ufunguo: badilisha ufunguo wa utoaji</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The old minter key loses MINTER_ROLE and a new key gets it. Each step is one transaction you confirm; the wizard remembers the steps done, so it can be closed and resumed.</source>
        <translation>Ufunguo wa zamani wa utoaji unapoteza MINTER_ROLE na ufunguo mpya unalipata. Kila hatua ni muamala mmoja unaouthibitisha; msaidizi hukumbuka hatua zilizokamilika, kwa hiyo unaweza kufunga dirisha hili na kuendelea baadaye.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Old minter:</source>
        <translation>Akaunti ya utoaji ya &amp;zamani:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;keystore file:</source>
        <translation>Faili mpya ya &amp;keystore:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pass&amp;word for a new file:</source>
        <translation>Nenosi&amp;ri la faili mpya:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Lirudie:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New minter:</source>
        <translation>Akaunti mpya ya utoaji:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Keystore of the new minter key</source>
        <translation>Keystore ya ufunguo mpya wa utoaji</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New keystore written to %1. Keep the password safe: it cannot be recovered.</source>
        <translation>Keystore mpya imeandikwa kwenye %1. Tunza nenosiri kwa usalama: haliwezi kurejeshwa.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Rotation finished: %1 is the minter now.</source>
        <translation>Ubadilishaji umekamilika: %1 sasa ndiyo akaunti ya utoaji.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotation abandoned. The steps already done stay done on the chain.</source>
        <translation>Ubadilishaji umeachwa. Hatua zilizokwisha kukamilika zinabaki zimekamilika kwenye mnyororo.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The two passwords differ.</source>
        <translation>Manenosiri hayo mawili hayalingani.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where to write the new keystore</source>
        <translation>Mahali pa kuandika keystore mpya</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creating the keystore (this takes a few seconds)…</source>
        <translation>Inaunda keystore (inachukua sekunde chache)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The new keystore holds the old minter&apos;s key: create a new one.</source>
        <translation>Keystore mpya ina ufunguo wa akaunti ya zamani ya utoaji: unda nyingine mpya.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Old minter %1
New minter %2 (keystore %3)</source>
        <translation>Akaunti ya zamani ya utoaji %1
Akaunti mpya ya utoaji %2 (keystore %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✓ %1 — %2</source>
        <translation>✓ %1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>→ %1 (next)</source>
        <translation>→ %1 (inayofuata)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>   %1</source>
        <translation>   %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Use the new keystore for minting</source>
        <translation>&amp;Tumia keystore mpya kwa utoaji wa tokeni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign this step now…</source>
        <translation>Saini &amp;hatua hii sasa…</translation>
    </message>
</context>
<context>
    <name>vd::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="+34"/>
        <source>Settings</source>
        <translation>Mipangilio</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+1"/>
        <source>0x… keccak of the token&apos;s runtime code (needed before signing)</source>
        <translation>0x… keccak ya msimbo wa runtime wa tokeni (inahitajika kabla ya kusaini)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token code &amp;hash:</source>
        <translation>&amp;Hashi ya msimbo wa tokeni:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing keys (keystore files; passwords are never stored here)</source>
        <translation>Funguo za kusaini (faili za keystore; manenosiri hayahifadhiwi hapa kamwe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Vinjari…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a keystore file</source>
        <translation>Chagua faili ya keystore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keystore files (*.json);;All files (*)</source>
        <translation>Faili za keystore (*.json);;Faili zote (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Minter key:</source>
        <translation>U&amp;funguo wa kutoa tokeni:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Administrator key:</source>
        <translation>Ufunguo wa &amp;msimamizi:</translation>
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
        <location line="+48"/>
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
        <location line="+5"/>
        <source>The token code hash is 0x followed by 64 hexadecimal digits.</source>
        <translation>Hashi ya msimbo wa tokeni ni 0x ikifuatiwa na tarakimu 64 za heksadesimali.</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>vd::ui::SignDialog</name>
    <message>
        <location filename="../ui/signing/SignDialog.cpp" line="+29"/>
        <source>&amp;Remember this key&apos;s password on this computer (system keychain)</source>
        <translation>&amp;Kumbuka nenosiri la ufunguo huu kwenye kompyuta hii (hifadhi ya siri ya mfumo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign and send</source>
        <translation>&amp;Saini na utume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Propose to the Safe instead</source>
        <translation>&amp;Pendekeza kwa Safe badala yake</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+142"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Sign a transaction</source>
        <translation>Saini muamala</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Key &amp;password:</source>
        <translation>&amp;Nenosiri la ufunguo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type %1 to &amp;confirm:</source>
        <translation>Andika %1 ili ku&amp;thibitisha:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Checking before anything is signed…</source>
        <translation>Inakagua kabla ya kusaini chochote…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the chain, the contract&apos;s code, the key&apos;s role, and trying the call without sending it.</source>
        <translation>Inakagua mnyororo, msimbo wa mkataba, jukumu la ufunguo, na kujaribu ombi bila kulituma.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not signed</source>
        <translation>Haijasainiwa</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+108"/>
        <location line="+24"/>
        <location line="+29"/>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Read this before you sign</source>
        <translation>Soma hili kabla ya kusaini</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chain</source>
        <translation>Mnyororo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Mkataba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract code</source>
        <translation>Msimbo wa mkataba</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>matches the pinned hash %1</source>
        <translation>unalingana na hashi iliyowekwa %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Function</source>
        <translation>Kazi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by</source>
        <translation>Imesainiwa na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee at most</source>
        <translation>Ada isiyozidi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (gas limit %2, max %3)</source>
        <translation>%1 (kikomo cha gas %2, juu kabisa %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key&apos;s balance</source>
        <translation>Salio la ufunguo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key&apos;s balance (%1) does not cover the fee (%2). Top it up before signing.</source>
        <translation>Salio la ufunguo (%1) halitoshi kulipa ada (%2). Liongeze kabla ya kusaini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+116"/>
        <source>Nothing has been signed yet.</source>
        <translation>Bado hakuna kilichosainiwa.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Filled in from this computer&apos;s keychain.</source>
        <translation>Imejazwa kutoka hifadhi ya siri ya kompyuta hii.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Unlocking the key and signing…</source>
        <translation>Inafungua ufunguo na kusaini…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sent — waiting for the chain</source>
        <translation>Imetumwa — inasubiri mnyororo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction %1 is in the network. Closing this window does not stop it.</source>
        <translation>Muamala %1 uko kwenye mtandao. Kufunga dirisha hili hakuusimamishi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of %2 confirmations</source>
        <translation>Uthibitisho %1 kati ya %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Confirmed</source>
        <translation>Imethibitishwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done — confirmed on chain</source>
        <translation>Imekamilika — imethibitishwa kwenye mnyororo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction %1, block %2.</source>
        <translation>Muamala %1, bloku %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The transaction failed</source>
        <translation>Muamala umeshindwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sent</source>
        <translation>Haijatumwa</translation>
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
