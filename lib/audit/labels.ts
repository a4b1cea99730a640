// The audit log in words: Chinese names of its actions, object types and recorded fields. The
// codes themselves stay in the database (lib/actions/*: each action's `name`).

export const ACTION_LABEL: Record<string, string> = {
  "auth.login": "登录成功",
  "auth.login_failed": "登录失败",
  "user.create": "创建账号",
  "user.update": "修改账号",
  "user.reset_password": "重置密码",
  "user.change_password": "修改本人密码",
  "department.create": "新增部门",
  "department.update": "修改部门",
  "measure.update": "修改举措",
  "indicator.update": "修改指标",
  "milestone.save": "保存里程碑",
  "progress_report.save": "保存或提交填报",
  "progress_report.approve": "审核通过",
  "progress_report.return": "退回修改",
  "progress_report.withdraw": "撤回填报",
  "progress_report.import": "批量导入进展",
  "plan_structure.import": "批量导入规划结构",
  "plan.weights": "修改权重",
  "setting.status_thresholds": "修改状态阈值",
  "reminder.send": "催办",
  seed: "初始化数据",
};

export const OBJECT_LABEL: Record<string, string> = {
  user: "账号",
  department: "部门",
  measure: "举措",
  indicator: "指标",
  milestone: "里程碑",
  progress_report: "填报",
  reminder: "催办",
  setting: "设置",
  plan: "规划",
  import: "导入",
  session: "账号",
};

export const FIELD_LABEL: Record<string, string> = {
  username: "用户名", displayName: "姓名", email: "电子邮箱", role: "角色", isActive: "启用",
  departmentIds: "部门", departments: "部门", strategyIds: "分管战略", leadDepartmentId: "牵头单位",
  passwordChanged: "密码已修改", passwordReset: "密码已重置", mustChangePassword: "须修改密码",
  name: "名称", title: "名称", code: "编号", weight: "权重", reportingCycle: "填报周期", dueDay: "截止日",
  measure: "举措", measureId: "举措", period: "填报期", status: "状态", reviewState: "审核状态", comment: "审核意见",
  values: "指标数值", milestones: "里程碑", evidence: "证明材料", narrative: "进展情况", revises: "修改的填报",
  message: "内容", overdue: "逾期期数", emailed: "邮件通知人数", plannedDate: "计划日期", actualDate: "实际日期",
  unit: "单位", baselineValue: "基期值", targetValue: "目标值", comparison: "比较方式", deadline: "期限",
  strategies: "战略权重", taskAreas: "重点任务权重", file: "文件", format: "格式", rows: "行数", reports: "填报",
  demo: "演示数据", measures: "举措和项目", indicators: "指标", interim: "分年度目标", create: "新建", fields: "字段",
  atRisk: "风险阈值", lagging: "滞后阈值", milestoneGraceDays: "里程碑宽限天数", reason: "原因", version: "版本",
};

export const actionLabel = (action: string) => ACTION_LABEL[action] ?? action;
export const objectLabel = (type: string) => OBJECT_LABEL[type] ?? type;
