#include "chain/SafeBatchExport.h"

#include "chain/Abi.h"
#include "chain/Hex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vd::chain {
namespace {

struct KnownMethod
{
    const char *signature;
    const char *inputNames[2];
};

// Parameter names as in the token's Solidity source (what the Safe app shows the owners).
constexpr KnownMethod kKnown[] = {
    {"mint(address,uint256)", {"to", "amount"}},
    {"pause()", {nullptr, nullptr}},
    {"unpause()", {nullptr, nullptr}},
    {"grantRole(bytes32,address)", {"role", "account"}},
    {"revokeRole(bytes32,address)", {"role", "account"}},
    {"renounceRole(bytes32,address)", {"role", "callerConfirmation"}},
    {"freeze(address)", {"account", nullptr}},
    {"unfreeze(address)", {"account", nullptr}},
};

const KnownMethod *findKnown(const QString &canonical)
{
    for (const KnownMethod &m : kKnown)
        if (canonical == QLatin1String(m.signature))
            return &m;
    return nullptr;
}

QString inputValue(const AbiValue &v)
{
    switch (v.kind()) {
    case AbiValue::Kind::Address:
        return v.asAddress().toChecksummed();
    case AbiValue::Kind::Bool:
        return v.asBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return v.toDisplayString();
    }
}

} // namespace

QStringList SafeBatchExport::knownMethods()
{
    QStringList out;
    for (const KnownMethod &m : kKnown)
        out.append(QString::fromLatin1(m.signature));
    return out;
}

vd::Result<QByteArray> SafeBatchExport::calldata(const SafeBatchCall &call)
{
    if (call.method.isEmpty())
        return call.data;
    return Abi::encodeCall(call.method, call.args);
}

vd::Result<QByteArray> SafeBatchExport::toJson(const SafeBatchMeta &meta, const QList<SafeBatchCall> &calls)
{
    QJsonArray transactions;
    for (const SafeBatchCall &call : calls) {
        QJsonObject tx{{QStringLiteral("to"), call.to.toChecksummed()},
                       {QStringLiteral("value"), call.value.toDecimal()}};
        if (call.method.isEmpty()) {
            tx.insert(QStringLiteral("data"), hex::encode(call.data));
            tx.insert(QStringLiteral("contractMethod"), QJsonValue::Null);
            tx.insert(QStringLiteral("contractInputsValues"), QJsonValue::Null);
        } else {
            const auto sig = Abi::parseSignature(call.method);
            const KnownMethod *known = sig ? findKnown(sig->canonical()) : nullptr;
            if (!known)
                return vd::Error{QStringLiteral("safe.unknown_method"),
                                 QCoreApplication::translate("vd::chain::Safe",
                                                             "The method %1 cannot be written to a Safe batch file.")
                                     .arg(call.method)};
            // Validates the arguments against the types.
            const auto data = Abi::encode(sig->inputs, call.args);
            if (!data)
                return data.error();
            QJsonArray inputs;
            QJsonObject values;
            for (qsizetype i = 0; i < sig->inputs.size(); ++i) {
                const QString name = QString::fromLatin1(known->inputNames[i]);
                const QString type = sig->inputs[i].canonical();
                inputs.append(QJsonObject{{QStringLiteral("internalType"), type},
                                          {QStringLiteral("name"), name},
                                          {QStringLiteral("type"), type}});
                values.insert(name, inputValue(call.args[i]));
            }
            tx.insert(QStringLiteral("data"), QJsonValue::Null);
            tx.insert(QStringLiteral("contractMethod"), QJsonObject{{QStringLiteral("name"), sig->name},
                                                                    {QStringLiteral("payable"), false},
                                                                    {QStringLiteral("inputs"), inputs}});
            tx.insert(QStringLiteral("contractInputsValues"), values);
        }
        transactions.append(tx);
    }
    const QJsonObject metaObject{{QStringLiteral("name"), meta.name},
                                 {QStringLiteral("description"), meta.description},
                                 {QStringLiteral("txBuilderVersion"), QStringLiteral("1.16.5")},
                                 {QStringLiteral("createdFromSafeAddress"), meta.safe.toChecksummed()},
                                 {QStringLiteral("createdFromOwnerAddress"), QString()}};
    const QJsonObject root{{QStringLiteral("version"), QStringLiteral("1.0")},
                           {QStringLiteral("chainId"), QString::number(meta.chainId)},
                           {QStringLiteral("createdAt"), meta.createdAtMs},
                           {QStringLiteral("meta"), metaObject},
                           {QStringLiteral("transactions"), transactions}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace vd::chain
