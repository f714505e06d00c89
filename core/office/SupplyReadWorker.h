#pragma once
// SupplyReader's network half: lives on the reader's thread, owns the endpoint pool and the contract reader (both
// created there on first use). Each read answers exactly once: with the figures, an error, or a timeout.
#include "office/SupplyReader.h"

#include <QObject>

namespace vd::chain {
class EndpointPool;
class ContractReader;
} // namespace vd::chain

namespace vd::office {

class SupplyReadWorker : public QObject
{
    Q_OBJECT
public:
    explicit SupplyReadWorker(SupplySettings settings);
    ~SupplyReadWorker() override;

    void read(quint64 requestId, qint64 block);

signals:
    void supplyRead(quint64 requestId, bool ok, const QString &supplyBase, int decimals, const QString &error);

private:
    SupplySettings m_settings;
    chain::EndpointPool *m_pool = nullptr;     // child
    chain::ContractReader *m_reader = nullptr; // child
};

} // namespace vd::office
