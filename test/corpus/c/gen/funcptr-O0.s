	.file	"funcptr.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	op_add, @function
op_add:
.LFB0:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 10,8(31)
	lwz 9,12(31)
	add 9,10,9
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	op_add,.-op_add
	.align 2
	.type	op_sub, @function
op_sub:
.LFB1:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 10,8(31)
	lwz 9,12(31)
	subf 9,9,10
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	op_sub,.-op_sub
	.align 2
	.type	op_mul, @function
op_mul:
.LFB2:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 10,8(31)
	lwz 9,12(31)
	mullw 9,10,9
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	op_mul,.-op_mul
	.align 2
	.type	op_max, @function
op_max:
.LFB3:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 10,8(31)
	lwz 9,12(31)
	cmpw 0,9,10
	bge 0,.L9
	mr 9,10
.L9:
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE3:
	.size	op_max,.-op_max
	.align 2
	.type	op_gcd, @function
op_gcd:
.LFB4:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	b .L11
.L12:
	lwz 9,24(31)
	lwz 10,28(31)
	divw 8,9,10
	lwz 10,28(31)
	mullw 10,8,10
	subf 9,10,9
	stw 9,8(31)
	lwz 9,28(31)
	stw 9,24(31)
	lwz 9,8(31)
	stw 9,28(31)
.L11:
	lwz 9,28(31)
	cmpwi 0,9,0
	bne 0,.L12
	lwz 9,24(31)
	srawi 10,9,31
	lwz 9,24(31)
	xor 9,10,9
	subf 9,10,9
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE4:
	.size	op_gcd,.-op_gcd
	.align 2
	.type	op_xor, @function
op_xor:
.LFB5:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 10,8(31)
	lwz 9,12(31)
	xor 9,10,9
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE5:
	.size	op_xor,.-op_xor
	.section	.rodata
	.align 2
	.type	table, @object
	.size	table, 48
table:
	.byte	43
	.zero	3
	.long	op_add
	.byte	45
	.zero	3
	.long	op_sub
	.byte	42
	.zero	3
	.long	op_mul
	.byte	77
	.zero	3
	.long	op_max
	.byte	103
	.zero	3
	.long	op_gcd
	.byte	94
	.zero	3
	.long	op_xor
	.section	".text"
	.align 2
	.type	lookup, @function
lookup:
.LFB6:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	mr 9,3
	stb 9,24(31)
	li 9,0
	stw 9,8(31)
	b .L17
.L20:
	lis 9,table@ha
	la 10,table@l(9)
	lwz 9,8(31)
	slwi 9,9,3
	add 9,10,9
	lbz 9,0(9)
	lbz 10,24(31)
	rlwinm 9,9,0,0xff
	cmpw 0,10,9
	bne 0,.L18
	lis 9,table@ha
	la 10,table@l(9)
	lwz 9,8(31)
	slwi 9,9,3
	add 9,10,9
	addi 9,9,4
	lwz 9,0(9)
	b .L19
.L18:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L17:
	lwz 9,8(31)
	cmplwi 0,9,5
	ble 0,.L20
	li 9,0
.L19:
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE6:
	.size	lookup,.-lookup
	.align 2
	.type	fold, @function
fold:
.LFB7:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	stw 5,32(31)
	stw 6,36(31)
	li 9,0
	stw 9,8(31)
	b .L22
.L23:
	lwz 9,8(31)
	slwi 9,9,2
	lwz 10,28(31)
	add 9,10,9
	lwz 10,0(9)
	lwz 9,24(31)
	mr 4,10
	lwz 3,36(31)
	mtctr 9
	bctrl
	stw 3,36(31)
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L22:
	lwz 10,8(31)
	lwz 9,32(31)
	cmpw 0,10,9
	blt 0,.L23
	lwz 9,36(31)
	mr 3,9
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE7:
	.size	fold,.-fold
	.align 2
	.type	by_value, @function
by_value:
.LFB8:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 9,8(31)
	lwz 10,0(9)
	lwz 9,12(31)
	lwz 9,0(9)
	subf 9,9,10
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE8:
	.size	by_value,.-by_value
	.align 2
	.type	by_abs_desc, @function
by_abs_desc:
.LFB9:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	lwz 9,24(31)
	lwz 9,0(9)
	stw 9,8(31)
	lwz 9,28(31)
	lwz 9,0(9)
	stw 9,12(31)
	lwz 9,8(31)
	srawi 9,9,31
	lwz 10,8(31)
	xor 10,10,9
	subf 9,9,10
	stw 9,8(31)
	lwz 9,12(31)
	srawi 9,9,31
	lwz 10,12(31)
	xor 10,10,9
	subf 9,9,10
	stw 9,12(31)
	lwz 10,12(31)
	lwz 9,8(31)
	subf 9,9,10
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE9:
	.size	by_abs_desc,.-by_abs_desc
	.align 2
	.type	by_last_digit, @function
by_last_digit:
.LFB10:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	lwz 9,24(31)
	lwz 9,0(9)
	lis 10,0x6666
	ori 10,10,0x6667
	mulhw 10,9,10
	srawi 8,10,2
	srawi 10,9,31
	subf 10,10,8
	mulli 10,10,10
	subf 9,10,9
	stw 9,8(31)
	lwz 9,28(31)
	lwz 9,0(9)
	lis 10,0x6666
	ori 10,10,0x6667
	mulhw 10,9,10
	srawi 8,10,2
	srawi 10,9,31
	subf 10,10,8
	mulli 10,10,10
	subf 9,10,9
	stw 9,12(31)
	lwz 10,8(31)
	lwz 9,12(31)
	cmpw 0,10,9
	beq 0,.L30
	lwz 10,8(31)
	lwz 9,12(31)
	subf 9,9,10
	b .L32
.L30:
	lwz 9,24(31)
	lwz 10,0(9)
	lwz 9,28(31)
	lwz 9,0(9)
	subf 9,9,10
.L32:
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE10:
	.size	by_last_digit,.-by_last_digit
	.align 2
	.type	by_rec, @function
by_rec:
.LFB11:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	lwz 9,24(31)
	stw 9,8(31)
	lwz 9,28(31)
	stw 9,12(31)
	lwz 9,8(31)
	lhz 10,0(9)
	lwz 9,12(31)
	lhz 9,0(9)
	extsh 10,10
	extsh 9,9
	cmpw 0,10,9
	beq 0,.L34
	lwz 9,8(31)
	lhz 9,0(9)
	extsh 10,9
	lwz 9,12(31)
	lhz 9,0(9)
	extsh 9,9
	subf 9,9,10
	b .L36
.L34:
	lwz 9,8(31)
	lhz 9,2(9)
	extsh 10,9
	lwz 9,12(31)
	lhz 9,2(9)
	extsh 9,9
	subf 9,9,10
.L36:
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE11:
	.size	by_rec,.-by_rec
	.align 2
	.type	gsort, @function
gsort:
.LFB12:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	mflr 0
	stw 0,68(1)
	stw 31,60(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,40(31)
	stw 4,44(31)
	stw 5,48(31)
	stw 6,52(31)
	lwz 9,40(31)
	stw 9,20(31)
	lwz 9,44(31)
	srawi 9,9,1
	addze 9,9
	stw 9,8(31)
	b .L38
.L44:
	lwz 9,8(31)
	stw 9,12(31)
	b .L39
.L43:
	lwz 10,12(31)
	lwz 9,48(31)
	mullw 9,10,9
	mr 10,9
	lwz 9,20(31)
	add 10,9,10
	lwz 8,48(31)
	addi 9,31,24
	mr 5,8
	mr 4,10
	mr 3,9
	bl memcpy
	lwz 9,12(31)
	stw 9,16(31)
	b .L40
.L42:
	lwz 10,16(31)
	lwz 9,48(31)
	mullw 9,10,9
	mr 10,9
	lwz 9,20(31)
	add 8,9,10
	lwz 10,16(31)
	lwz 9,8(31)
	subf 10,9,10
	lwz 9,48(31)
	mullw 9,10,9
	mr 10,9
	lwz 9,20(31)
	add 9,9,10
	lwz 10,48(31)
	mr 5,10
	mr 4,9
	mr 3,8
	bl memcpy
	lwz 10,16(31)
	lwz 9,8(31)
	subf 9,9,10
	stw 9,16(31)
.L40:
	lwz 10,16(31)
	lwz 9,8(31)
	cmpw 0,10,9
	blt 0,.L41
	lwz 10,16(31)
	lwz 9,8(31)
	subf 10,9,10
	lwz 9,48(31)
	mullw 9,10,9
	mr 10,9
	lwz 9,20(31)
	add 10,9,10
	addi 8,31,24
	lwz 9,52(31)
	mr 4,8
	mr 3,10
	mtctr 9
	bctrl
	mr 9,3
	cmpwi 0,9,0
	bgt 0,.L42
.L41:
	lwz 10,16(31)
	lwz 9,48(31)
	mullw 9,10,9
	mr 10,9
	lwz 9,20(31)
	add 9,9,10
	lwz 8,48(31)
	addi 10,31,24
	mr 5,8
	mr 4,10
	mr 3,9
	bl memcpy
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L39:
	lwz 10,12(31)
	lwz 9,44(31)
	cmpw 0,10,9
	blt 0,.L43
	lwz 9,8(31)
	srawi 9,9,1
	addze 9,9
	stw 9,8(31)
.L38:
	lwz 9,8(31)
	cmpwi 0,9,0
	bgt 0,.L44
	nop
	nop
	addi 11,31,64
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE12:
	.size	gsort,.-gsort
	.align 2
	.type	isdig, @function
isdig:
.LFB13:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	mr 9,3
	stb 9,8(31)
	lbz 9,8(31)
	cmplwi 0,9,47
	ble 0,.L46
	lbz 9,8(31)
	cmplwi 0,9,57
	bgt 0,.L46
	li 9,1
	b .L48
.L46:
	li 9,0
.L48:
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE13:
	.size	isdig,.-isdig
	.align 2
	.type	st_start, @function
st_start:
.LFB14:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	mr 9,4
	stb 9,12(31)
	lbz 9,12(31)
	cmpwi 0,9,45
	beq 0,.L50
	lbz 9,12(31)
	cmpwi 0,9,43
	bne 0,.L51
.L50:
	lis 9,st_sign@ha
	la 9,st_sign@l(9)
	b .L52
.L51:
	lbz 9,12(31)
	mr 3,9
	bl isdig
	mr 9,3
	cmpwi 0,9,0
	beq 0,.L53
	lwz 9,8(31)
	lwz 9,0(9)
	addi 10,9,1
	lwz 9,8(31)
	stw 10,0(9)
	lis 9,st_int@ha
	la 9,st_int@l(9)
	b .L52
.L53:
	li 9,0
.L52:
	mr 3,9
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE14:
	.size	st_start,.-st_start
	.align 2
	.type	st_sign, @function
st_sign:
.LFB15:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	mr 9,4
	stb 9,12(31)
	lbz 9,12(31)
	mr 3,9
	bl isdig
	mr 9,3
	cmpwi 0,9,0
	beq 0,.L55
	lwz 9,8(31)
	lwz 9,0(9)
	addi 10,9,1
	lwz 9,8(31)
	stw 10,0(9)
	lis 9,st_int@ha
	la 9,st_int@l(9)
	b .L56
.L55:
	li 9,0
.L56:
	mr 3,9
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE15:
	.size	st_sign,.-st_sign
	.align 2
	.type	st_int, @function
st_int:
.LFB16:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	mr 9,4
	stb 9,12(31)
	lbz 9,12(31)
	mr 3,9
	bl isdig
	mr 9,3
	cmpwi 0,9,0
	beq 0,.L58
	lwz 9,8(31)
	lwz 9,0(9)
	addi 10,9,1
	lwz 9,8(31)
	stw 10,0(9)
	lis 9,st_int@ha
	la 9,st_int@l(9)
	b .L59
.L58:
	lbz 9,12(31)
	cmpwi 0,9,46
	bne 0,.L60
	lis 9,st_dot@ha
	la 9,st_dot@l(9)
	b .L59
.L60:
	li 9,0
.L59:
	mr 3,9
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE16:
	.size	st_int,.-st_int
	.align 2
	.type	st_dot, @function
st_dot:
.LFB17:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	mr 9,4
	stb 9,12(31)
	lbz 9,12(31)
	mr 3,9
	bl isdig
	mr 9,3
	cmpwi 0,9,0
	beq 0,.L62
	lwz 9,8(31)
	lwz 9,4(9)
	addi 10,9,1
	lwz 9,8(31)
	stw 10,4(9)
	lis 9,st_frac@ha
	la 9,st_frac@l(9)
	b .L63
.L62:
	li 9,0
.L63:
	mr 3,9
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE17:
	.size	st_dot,.-st_dot
	.align 2
	.type	st_frac, @function
st_frac:
.LFB18:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	mr 9,4
	stb 9,12(31)
	lbz 9,12(31)
	mr 3,9
	bl isdig
	mr 9,3
	cmpwi 0,9,0
	beq 0,.L65
	lwz 9,8(31)
	lwz 9,4(9)
	addi 10,9,1
	lwz 9,8(31)
	stw 10,4(9)
	lis 9,st_frac@ha
	la 9,st_frac@l(9)
	b .L66
.L65:
	li 9,0
.L66:
	mr 3,9
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE18:
	.size	st_frac,.-st_frac
	.align 2
	.type	accepts, @function
accepts:
.LFB19:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	lis 9,st_start@ha
	la 9,st_start@l(9)
	stw 9,8(31)
	lwz 9,28(31)
	li 10,0
	stw 10,4(9)
	lwz 9,28(31)
	lwz 10,4(9)
	lwz 9,28(31)
	stw 10,0(9)
	b .L68
.L70:
	lwz 9,24(31)
	lbz 9,0(9)
	rlwinm 10,9,0,0xff
	lwz 9,8(31)
	mr 4,10
	lwz 3,28(31)
	mtctr 9
	bctrl
	mr 9,3
	stw 9,8(31)
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L68:
	lwz 9,24(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	beq 0,.L69
	lwz 9,8(31)
	cmpwi 0,9,0
	bne 0,.L70
.L69:
	lwz 10,8(31)
	lis 9,st_int@ha
	la 9,st_int@l(9)
	cmpw 0,10,9
	beq 0,.L71
	lwz 10,8(31)
	lis 9,st_frac@ha
	la 9,st_frac@l(9)
	cmpw 0,10,9
	bne 0,.L72
.L71:
	li 9,1
	b .L74
.L72:
	li 9,0
.L74:
	mr 3,9
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE19:
	.size	accepts,.-accepts
	.align 2
	.type	pick, @function
pick:
.LFB20:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	rlwinm 9,9,0,31,31
	cmpwi 0,9,0
	beq 0,.L76
	lis 9,op_mul@ha
	la 9,op_mul@l(9)
	b .L78
.L76:
	lis 9,op_add@ha
	la 9,op_add@l(9)
.L78:
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE20:
	.size	pick,.-pick
	.align 2
	.type	chooser, @function
chooser:
.LFB21:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	stw 31,12(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	lis 9,pick@ha
	la 9,pick@l(9)
	mr 3,9
	addi 11,31,16
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE21:
	.size	chooser,.-chooser
	.section	.rodata
	.align 2
.LC2:
	.string	"+-*Mg^"
	.align 2
.LC3:
	.string	": "
	.align 2
.LC4:
	.string	"missing op"
	.align 2
.LC5:
	.string	" ok "
	.align 2
.LC6:
	.string	" no "
	.align 2
.LC7:
	.string	"chooser"
	.align 2
.LC0:
	.long	53
	.long	-8
	.long	17
	.long	0
	.long	99
	.long	-100
	.long	21
	.long	7
	.long	33
	.long	-41
	.long	12
	.long	68
	.align 2
.LC1:
	.short	3
	.short	1
	.long	9
	.short	1
	.short	2
	.long	8
	.short	2
	.short	3
	.long	7
	.short	1
	.short	1
	.long	6
	.short	0
	.short	9
	.long	5
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB22:
	.cfi_startproc
	stwu 1,-160(1)
	.cfi_def_cfa_offset 160
	mflr 0
	stw 0,164(1)
	stw 30,152(1)
	stw 31,156(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	lis 9,.LC2@ha
	la 9,.LC2@l(9)
	stw 9,32(31)
	lwz 9,32(31)
	stw 9,8(31)
	b .L82
.L83:
	lwz 9,8(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	mr 3,9
	bl print_char
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl print_str
	lwz 9,8(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	mr 3,9
	bl lookup
	mr 8,3
	lis 9,v.2+4@ha
	la 10,v.2+4@l(9)
	lis 9,v.2@ha
	la 9,v.2@l(9)
	lwz 9,0(9)
	mr 6,9
	li 5,7
	mr 4,10
	mr 3,8
	bl fold
	mr 9,3
	mr 3,9
	bl print_int
	bl print_nl
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L82:
	lwz 9,8(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L83
	li 3,63
	bl lookup
	mr 9,3
	cntlzw 9,9
	srwi 9,9,5
	rlwinm 9,9,0,0xff
	mr 4,9
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl show_int
	lis 9,.LC0@ha
	la 10,.LC0@l(9)
	addi 9,31,44
	mr 8,10
	li 10,48
	mr 5,10
	mr 4,8
	mr 3,9
	bl memcpy
	li 9,0
	stw 9,12(31)
	b .L84
.L89:
	lis 9,cmps.1@ha
	la 10,cmps.1@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	addi 9,31,44
	mr 6,10
	li 5,4
	li 4,12
	mr 3,9
	bl gsort
	li 9,0
	stw 9,16(31)
	b .L85
.L88:
	lwz 9,16(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,36
	lwz 9,0(9)
	mr 3,9
	bl print_int
	lwz 9,16(31)
	cmpwi 0,9,10
	bgt 0,.L86
	li 9,32
	b .L87
.L86:
	li 9,10
.L87:
	rlwinm 9,9,0,0xff
	mr 3,9
	bl print_char
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L85:
	lwz 9,16(31)
	cmpwi 0,9,11
	ble 0,.L88
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L84:
	lwz 9,12(31)
	cmpwi 0,9,2
	ble 0,.L89
	lis 9,.LC1@ha
	la 10,.LC1@l(9)
	addi 9,31,92
	mr 8,10
	li 10,40
	mr 5,10
	mr 4,8
	mr 3,9
	bl memcpy
	addi 10,31,92
	lis 9,by_rec@ha
	la 6,by_rec@l(9)
	li 5,8
	li 4,5
	mr 3,10
	bl gsort
	li 9,0
	stw 9,20(31)
	b .L90
.L93:
	lwz 9,20(31)
	slwi 9,9,3
	addi 10,31,8
	add 9,10,9
	addi 9,9,88
	lwz 9,0(9)
	mr 3,9
	bl print_int
	lwz 9,20(31)
	cmpwi 0,9,3
	bgt 0,.L91
	li 9,32
	b .L92
.L91:
	li 9,10
.L92:
	rlwinm 9,9,0,0xff
	mr 3,9
	bl print_char
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L90:
	lwz 9,20(31)
	cmpwi 0,9,4
	ble 0,.L93
	li 9,0
	stw 9,24(31)
	li 9,0
	stw 9,28(31)
	b .L94
.L97:
	lis 9,nums.0@ha
	la 10,nums.0@l(9)
	lwz 9,28(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	addi 10,31,132
	mr 4,10
	mr 3,9
	bl accepts
	stw 3,40(31)
	lwz 10,24(31)
	lwz 9,40(31)
	add 9,10,9
	stw 9,24(31)
	lis 9,nums.0@ha
	la 10,nums.0@l(9)
	lwz 9,28(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	mr 3,9
	bl print_str
	lwz 9,40(31)
	cmpwi 0,9,0
	beq 0,.L95
	lis 9,.LC5@ha
	la 9,.LC5@l(9)
	b .L96
.L95:
	lis 9,.LC6@ha
	la 9,.LC6@l(9)
.L96:
	mr 3,9
	bl print_str
	lwz 9,132(31)
	mr 3,9
	bl print_int
	li 3,47
	bl print_char
	lwz 9,136(31)
	mr 3,9
	bl print_int
	bl print_nl
	lwz 9,28(31)
	addi 9,9,1
	stw 9,28(31)
.L94:
	lwz 9,28(31)
	cmpwi 0,9,7
	ble 0,.L97
	bl chooser
	mr 9,3
	li 3,3
	mtctr 9
	bctrl
	stw 3,36(31)
	lwz 9,36(31)
	li 4,7
	li 3,6
	mtctr 9
	bctrl
	mr 30,3
	li 3,2
	bl pick
	mr 9,3
	li 4,7
	li 3,6
	mtctr 9
	bctrl
	mr 9,3
	add 9,30,9
	mr 4,9
	lis 9,.LC7@ha
	la 3,.LC7@l(9)
	bl show_int
	lwz 9,24(31)
	mulli 10,9,10
	lwz 8,36(31)
	lis 9,op_mul@ha
	la 9,op_mul@l(9)
	xor 9,8,9
	cntlzw 9,9
	srwi 9,9,5
	rlwinm 9,9,0,0xff
	add 9,10,9
	mr 3,9
	addi 11,31,160
	lwz 0,4(11)
	mtlr 0
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE22:
	.size	main,.-main
	.section	.rodata
	.align 2
	.type	v.2, @object
	.size	v.2, 32
v.2:
	.long	12
	.long	-7
	.long	30
	.long	18
	.long	-42
	.long	6
	.long	24
	.long	9
	.align 2
	.type	cmps.1, @object
	.size	cmps.1, 12
cmps.1:
	.long	by_value
	.long	by_abs_desc
	.long	by_last_digit
	.align 2
.LC8:
	.string	"42"
	.align 2
.LC9:
	.string	"-3.14"
	.align 2
.LC10:
	.string	"+0.5"
	.align 2
.LC11:
	.string	"1."
	.align 2
.LC12:
	.string	".5"
	.align 2
.LC13:
	.string	"12a"
	.align 2
.LC14:
	.string	"-"
	.align 2
.LC15:
	.string	"007"
	.align 2
	.type	nums.0, @object
	.size	nums.0, 32
nums.0:
	.long	.LC8
	.long	.LC9
	.long	.LC10
	.long	.LC11
	.long	.LC12
	.long	.LC13
	.long	.LC14
	.long	.LC15
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
