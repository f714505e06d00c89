// The parts of AdminService that use SigningService's helpers (kept in their own object file).
#include "admin/AdminService.h"
#include "admin/AdminWorkers.h"

namespace vd::admin {

vd::Result<chain::Address> AdminService::setSignerKeystore(const QString &path)
{
    if (path.trimmed().isEmpty()) {
        m_signer.reset();
        m_signerKeystore.clear();
        return vd::Error{QStringLiteral("admin.no_signer"), tr("No keystore is loaded.")};
    }
    auto address = signing::SigningService::keystoreAddress(path);
    if (!address) {
        m_signer.reset();
        m_signerKeystore.clear();
        return address.error();
    }
    m_signer = address.value();
    m_signerKeystore = path;
    return address;
}

quint64 AdminService::recordProposal(const Action &action, const signing::SafeProposal &proposal)
{
    const quint64 id = m_next++;
    const QString summary = proposal.summary.toText();
    QMetaObject::invokeMethod(m_dbWorker, [w = m_dbWorker, id, action, proposal, summary]() {
        w->recordProposal(id, action, proposal, summary);
    });
    return id;
}

} // namespace vd::admin
