#pragma once
// Waiting for OfficeService answers in tests: every signal of the service is recorded, and answer(id) returns the
// one carrying that request id (its signal name and arguments), or an empty Answer after the timeout.
#include "office/OfficeService.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <vector>

namespace vd::test {

class OfficeCalls
{
public:
    struct Answer
    {
        QByteArray signal; // "ordersFound", ..., "failed"; empty on timeout
        QList<QVariant> args;
        bool ok() const { return !signal.isEmpty() && signal != "failed"; }
        QString error() const { return signal == "failed" ? args.value(2).toString() : QString(); }
        QString code() const { return signal == "failed" ? args.value(1).toString() : QString(); }
    };

    explicit OfficeCalls(office::OfficeService *service)
    {
        add("ordersFound", service, &office::OfficeService::ordersFound);
        add("orderDetailReady", service, &office::OfficeService::orderDetailReady);
        add("orderCreated", service, &office::OfficeService::orderCreated);
        add("orderCancelled", service, &office::OfficeService::orderCancelled);
        add("importDone", service, &office::OfficeService::importDone);
        add("exportDone", service, &office::OfficeService::exportDone);
        add("auditFound", service, &office::OfficeService::auditFound);
        add("booksReady", service, &office::OfficeService::booksReady);
        add("reconciliationRecorded", service, &office::OfficeService::reconciliationRecorded);
        add("failed", service, &office::OfficeService::failed);
    }

    Answer answer(quint64 id, int timeoutMs = 15000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            for (auto &[name, spy] : m_spies)
                for (qsizetype i = 0; i < spy->size(); ++i)
                    if (spy->at(i).value(0).toULongLong() == id)
                        return Answer{name, spy->takeAt(i)};
            QTest::qWait(10);
        }
        return {};
    }

private:
    template <typename Signal> void add(const char *name, office::OfficeService *s, Signal signal)
    {
        m_spies.emplace_back(QByteArray(name), std::make_unique<QSignalSpy>(s, signal));
    }
    std::vector<std::pair<QByteArray, std::unique_ptr<QSignalSpy>>> m_spies;
};

} // namespace vd::test
